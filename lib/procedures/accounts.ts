/**
 * Procedures of accounts: sign-in, sign-up, sign-out, "Mon espace" (create an organisation, claim a
 * school), invitations, and the administrators' decision on school claims. Declared once for the
 * kernel (lib/kernel); the business rules stay in lib/accounts.
 */
import { z } from "zod";
import type { Db } from "@/db/client";
import { defineAction, refuse, type ActionState } from "@/lib/kernel";
import { requireUser } from "@/lib/authz";
import * as accounts from "@/lib/accounts";
import { claimSchoolSchema, createOrganisationSchema, nameField, newPasswordField, signInSchema, signUpSchema } from "@/lib/auth/schemas";
import { rateLimitMessage } from "@/lib/auth/rate-limit";
import { oidcSettings } from "@/lib/auth/oidc-config";
import { safeNext } from "@/lib/auth/next-path";

/** The same message whether the account exists or not. */
const WRONG_CREDENTIALS = "Adresse électronique ou mot de passe incorrect.";
const SIGN_IN_FAILED = "La connexion a échoué. Réessayez dans un instant.";

export const signIn = defineAction({
  name: "auth.signIn",
  input: signInSchema.extend({ next: z.unknown().optional() }),
  policy: { public: "sign-in: anyone, rate-limited per account and per address" },
  async run({ db, input, effects }): Promise<ActionState> {
    const ip = await effects.clientAddress();
    const before = await accounts.signInRateLimit(db, input.email, ip);
    if (!before.allowed) return { ok: false, status: 429, message: rateLimitMessage(before.retryAt) };
    // Signed in: redirects (never returns). Else, why not:
    const failure = await effects.signInWithPassword({ email: input.email, password: input.password }, safeNext(input.next));
    // Locked now (by this failure or one made elsewhere at the same time)? Say until when.
    const after = await accounts.signInRateLimit(db, input.email, ip);
    if (!after.allowed) return { ok: false, status: 429, message: rateLimitMessage(after.retryAt) };
    if (failure === "refused") return { ok: false, status: 401, message: WRONG_CREDENTIALS };
    return { ok: false, status: 500, message: SIGN_IN_FAILED };
  },
});

export const signInWithProvider = defineAction({
  name: "auth.signInWithProvider",
  input: z.object({ suite: z.unknown().optional() }),
  policy: { public: "sign-in through OpenID Connect (ProConnect): anyone" },
  async run({ input, effects }): Promise<void> {
    if (!oidcSettings()) return;
    await effects.signInWithProvider(safeNext(input.suite));
  },
  // A button posting a form: nothing to show on refusal (the only field, "suite", has a safe default).
  refuse: () => undefined,
});

export const signOut = defineAction({
  name: "auth.signOut",
  input: z.unknown(),
  policy: { public: "sign-out of one's own session (an anonymous visitor has nothing to sign out of)" },
  async run({ effects }): Promise<void> {
    await effects.signOut("/");
  },
  refuse: () => undefined,
});

export const signUp = defineAction({
  name: "auth.signUp",
  input: signUpSchema,
  policy: { public: "account creation: anyone; the new account has no rights" },
  async run({ db, input, effects }): Promise<ActionState> {
    const r = await accounts.createPasswordAccount(db, input);
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    await effects.signInWithPassword({ email: input.email, password: input.password }, "/espace");
    return { ok: false, status: 500, message: "Votre compte est créé, mais la connexion a échoué : connectez-vous avec votre adresse et votre mot de passe." };
  },
});

export const createOrganisation = defineAction({
  name: "organisations.create",
  input: createOrganisationSchema,
  policy: { action: "organisation.create" },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const r = await accounts.createOrganisation(db, actor.id, input);
    if (!r.ok) return { ok: false, status: r.status, message: r.message, fieldErrors: r.status === 400 || r.status === 409 ? { siren: r.message } : undefined };
    effects.revalidate("/espace");
    return { ok: true, message: `L'organisation « ${input.name} » est créée : vous en êtes propriétaire.`, data: { id: r.organisationId } };
  },
});

export const claimSchool = defineAction({
  name: "schools.claim",
  input: claimSchoolSchema,
  policy: { action: "school.claim" },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const r = await accounts.claimSchool(db, actor.id, input);
    if (!r.ok) return { ok: false, status: r.status, message: r.message, fieldErrors: { uai: r.message } };
    effects.revalidate("/espace");
    return { ok: true, message: `Votre demande de rattachement à l'établissement ${input.uai} est enregistrée. Un administrateur la validera.` };
  },
});

export const decideClaim = defineAction({
  name: "admin.decideClaim",
  input: z.object({
    claimId: z.string().trim().min(1, { error: "Demande manquante." }).max(100, { error: "Identifiant de demande invalide." }),
    decision: z.enum(["approved", "rejected"], { error: "Décision inconnue." }),
  }),
  policy: { action: "admin.claims" },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const r = await accounts.decideClaim(db, actor.id, input.claimId, input.decision);
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    effects.revalidate("/admin");
    return { ok: true };
  },
});

// ---------------------------------------------------------------------------
// Invitations
// ---------------------------------------------------------------------------

const tokenField = z.string({ error: "Lien d'invitation invalide." }).trim().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "Lien d'invitation invalide." });
const GONE = "Ce lien d'invitation n'est plus valable : il a déjà servi, a été annulé ou a expiré. Demandez une nouvelle invitation au propriétaire de l'organisation.";

/** The invitation the token opens, as the policy's resource; a used, revoked, expired or unknown one: 410. */
async function validInvitation(db: Db, token: string) {
  const inv = await accounts.findInvitation(db, token);
  if (!inv || inv.state !== "valid") refuse(410, GONE);
  return { type: "invitation" as const, email: inv.email };
}

/** A signed-in user joins with the invitation addressed to their e-mail. */
export const acceptInvitation = defineAction({
  name: "invitations.accept",
  input: z.object({ token: tokenField }),
  policy: {
    action: "invitation.accept",
    resource: async ({ actor, db, input }) => {
      requireUser(actor); // this way in is for a signed-in user (anonymous: acceptWithNewAccount)
      return validInvitation(db, input.token);
    },
  },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const user = requireUser(actor);
    const r = await accounts.acceptInvitation(db, input.token, { id: user.id, email: user.email ?? "" });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    return effects.redirect(`/espace/organisations/${r.organisationId}`);
  },
});

/** Someone without an account creates the invited account (its e-mail is the invitation's) and joins. */
export const acceptWithNewAccount = defineAction({
  name: "invitations.acceptWithNewAccount",
  input: z.object({ token: tokenField, name: nameField, password: newPasswordField }),
  policy: { action: "invitation.accept", resource: async ({ db, input }) => validInvitation(db, input.token) },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    if (actor.kind === "user") return { ok: false, status: 409, message: "Vous êtes déjà connecté : rejoignez l'organisation avec votre compte." };
    const r = await accounts.acceptInvitationWithNewAccount(db, input.token, input);
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    await effects.signInWithPassword({ email: r.email, password: input.password }, `/espace/organisations/${r.organisationId}`);
    return { ok: false, status: 500, message: "Votre compte est créé et vous avez rejoint l'organisation, mais la connexion a échoué : connectez-vous." };
  },
});
