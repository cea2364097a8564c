/**
 * Input schemas of the account forms, shared by the browser (react-hook-form) and the server
 * (server actions parse with the same schemas first). No Node.js import here: client-safe.
 */
import { z } from "zod";
import { normalizeUai, sirenError, uaiError } from "@/lib/identifiers";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
const MAX = PASSWORD_MAX_LENGTH;

/** Returns null when a new password is acceptable, else a French message saying what to change. */
export function passwordError(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit comporter au moins ${PASSWORD_MIN_LENGTH} caractères (il en a ${length}). Une phrase de plusieurs mots est plus facile à retenir.`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `Le mot de passe doit comporter au plus ${PASSWORD_MAX_LENGTH} caractères.`;
  return null;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const emailField = z
  .string({ error: "Indiquez votre adresse électronique." })
  .trim()
  .min(1, { error: "Indiquez votre adresse électronique." })
  .max(254, { error: "Adresse électronique trop longue." })
  .pipe(z.email({ error: "Adresse électronique invalide : le format attendu est nom@domaine.fr." }))
  .transform(normalizeEmail);

/** Sign-in: no length rule (an account created under older rules must still sign in), only presence. */
export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: "Indiquez votre mot de passe." }).min(1, { error: "Indiquez votre mot de passe." }).max(MAX, { error: "Mot de passe trop long." }),
});

export const newPasswordField = z.string({ error: "Choisissez un mot de passe." }).superRefine((p, ctx) => {
  const message = passwordError(p);
  if (message) ctx.addIssue({ code: "custom", message });
});

export const nameField = z
  .string({ error: "Indiquez votre nom." })
  .trim()
  .min(2, { error: "Indiquez votre prénom et votre nom." })
  .max(120, { error: "Nom trop long (120 caractères au plus)." });

export const signUpSchema = z.object({ name: nameField, email: emailField, password: newPasswordField });

export const acceptInvitationSchema = z.object({
  token: z.string().min(20).max(100),
  name: nameField.optional(),
  password: newPasswordField.optional(),
});

export const roleField = z.enum(["owner", "member"], { error: "Rôle inconnu : choisissez « propriétaire » ou « membre »." });

export const createOrganisationSchema = z.object({
  name: z.string().trim().min(2, { error: "Indiquez le nom de l'organisation (2 caractères au moins)." }).max(200, { error: "Nom trop long (200 caractères au plus)." }),
  siren: z
    .string()
    .transform((s) => s.replace(/\s/g, ""))
    .superRefine((s, ctx) => {
      const message = sirenError(s);
      if (message) ctx.addIssue({ code: "custom", message });
    }),
});

export const claimSchoolSchema = z.object({
  uai: z
    .string()
    .transform(normalizeUai)
    .superRefine((s, ctx) => {
      const message = uaiError(s);
      if (message) ctx.addIssue({ code: "custom", message });
    }),
  schoolName: z.string().trim().max(200, { error: "Nom trop long (200 caractères au plus)." }).optional(),
  message: z.string().trim().max(1000, { error: "Message trop long (1 000 caractères au plus)." }).optional(),
});

export const inviteSchema = z.object({ email: emailField, role: roleField });
