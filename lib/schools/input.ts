/**
 * What a head sends about the school's services: one zod schema per form, shared by the
 * browser (react-hook-form) and the server action that parses it again. French messages.
 * No database, no Next.js: importable from client components.
 */
import { z } from "zod";
import { parisDay } from "../format";

export const DECISIONS = ["conforme", "a-surveiller", "non-conforme", "en-attente"] as const;
export type ReviewDecision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Readonly<Record<ReviewDecision, string>> = {
  conforme: "Conforme",
  "a-surveiller": "À surveiller",
  "non-conforme": "Non conforme",
  "en-attente": "En attente d'information de l'éditeur",
};

/** One sentence per decision, shown under the radio buttons. */
export const DECISION_HINTS: Readonly<Record<ReviewDecision, string>> = {
  conforme: "Le service peut être utilisé : il répond à la doctrine technique.",
  "a-surveiller": "Le service reste utilisé, avec des points à suivre jusqu'à la prochaine revue.",
  "non-conforme": "Le service ne répond pas à la doctrine : à remplacer ou à mettre en conformité.",
  "en-attente": "Vous avez demandé des informations à l'éditeur avant de décider.",
};

export const COMMENT_MAX = 2000;

/** Today's date in France, as YYYY-MM-DD (the date a head sees on the calendar). */
export function todayInFrance(now: Date = new Date()): string {
  return parisDay(now);
}

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const idSchema = z.string({ error: "Identifiant manquant." }).trim().min(1, { error: "Identifiant manquant." }).max(100, { error: "Identifiant invalide." });

/** The decision form. `nextReviewOn`: "" (none) or a date from today on. */
export const reviewInputSchema = z.object({
  schoolServiceId: idSchema,
  decision: z.enum(DECISIONS, { error: "Choisissez une décision." }),
  comment: z
    .string({ error: "Commentaire invalide." })
    .trim()
    .max(COMMENT_MAX, { error: `Le commentaire est trop long (${COMMENT_MAX} caractères au plus).` }),
  nextReviewOn: z
    .string({ error: "Date invalide." })
    .trim()
    .refine((s) => s === "" || isCalendarDate(s), { error: "Indiquez une date valide au format jj/mm/aaaa." })
    .refine((s) => s === "" || s >= todayInFrance(), { error: "La date de la prochaine revue ne peut pas être passée." })
    .refine((s) => s === "" || s <= "2100-12-31", { error: "La date de la prochaine revue est trop lointaine." }),
  /** the publication the head had in front of them; null for a service not positioned on the platform */
  publicationNumber: z.number({ error: "Numéro de publication invalide." }).int().positive().nullable(),
});
export type ReviewInput = z.output<typeof reviewInputSchema>;

/**
 * The next review date as the decision form asks it: day, month and year in three text fields
 * (the DSFR "date" block), which every browser shows the same way, unlike a native date field
 * whose placeholder follows the browser's language (mm/dd/yyyy in an English one).
 */
export type DayParts = { day: string; month: string; year: string };

/** "2026-09-15" → { day: "15", month: "9", year: "2026" }; "" or null → three empty fields. */
export function dayParts(iso: string | null | undefined): DayParts {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : { day: "", month: "", year: "" };
}

type DayField = keyof DayParts;
export type DayPartsResult = { ok: true; iso: string } | { ok: false; message: string; field: DayField };

/** The three fields → "YYYY-MM-DD" ("" when all three are empty), or what is wrong and in which field. */
export function dayFromParts(p: DayParts): DayPartsResult {
  const day = p.day.trim();
  const month = p.month.trim();
  const year = p.year.trim();
  if (!day && !month && !year) return { ok: true, iso: "" };
  const missing = (["day", "month", "year"] as const).find((f) => !{ day, month, year }[f]);
  if (missing) return { ok: false, field: missing, message: "Indiquez le jour, le mois et l'année de la prochaine revue, ou laissez les trois champs vides." };
  if (!/^\d{1,2}$/.test(day)) return { ok: false, field: "day", message: "Indiquez le jour en chiffres, entre 1 et 31." };
  if (!/^\d{1,2}$/.test(month)) return { ok: false, field: "month", message: "Indiquez le mois en chiffres, entre 1 et 12." };
  if (!/^\d{4}$/.test(year)) return { ok: false, field: "year", message: "Indiquez l'année sur quatre chiffres, par exemple 2027." };
  if (Number(month) < 1 || Number(month) > 12) return { ok: false, field: "month", message: "Indiquez le mois en chiffres, entre 1 et 12." };
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  if (Number(day) < 1 || !isCalendarDate(iso)) return { ok: false, field: "day", message: "Cette date n'existe pas : vérifiez le jour et le mois." };
  return { ok: true, iso };
}

const dayPartSchema = z.string({ error: "Date invalide." }).max(10, { error: "Date invalide." });

/**
 * The decision form in the browser: the review's fields, the date in three fields. Its output
 * is what the server action takes (reviewInputSchema, which checks everything again).
 */
export const reviewFormSchema = reviewInputSchema
  .omit({ nextReviewOn: true })
  .extend({ nextReview: z.object({ day: dayPartSchema, month: dayPartSchema, year: dayPartSchema }) })
  .transform((v, ctx): ReviewInput => {
    const { nextReview, ...rest } = v;
    const parsed = dayFromParts(nextReview);
    // The same rules as the server's (not in the past, not after 2100) on the composed date.
    const checked = parsed.ok ? reviewInputSchema.shape.nextReviewOn.safeParse(parsed.iso) : null;
    if (!parsed.ok || !checked?.success) {
      const message = parsed.ok ? checked!.error!.issues[0].message : parsed.message;
      // A field that is wrong on its own is named; a date in the past concerns the three.
      ctx.addIssue({ code: "custom", message, path: parsed.ok ? ["nextReview"] : ["nextReview", parsed.field] });
      return z.NEVER;
    }
    return { ...rest, nextReviewOn: checked.data };
  });
export type ReviewFormValues = z.input<typeof reviewFormSchema>;

const optionalUrl = z
  .string({ error: "Adresse invalide." })
  .trim()
  .max(500, { error: "Adresse trop longue (500 caractères au plus)." })
  .refine(
    (s) => {
      if (s === "") return true;
      try {
        const u = new URL(s);
        return u.protocol === "https:" || u.protocol === "http:";
      } catch {
        return false;
      }
    },
    { error: "Adresse invalide : indiquez une adresse complète, par exemple https://exemple.fr." },
  );

/** A service the school uses that no editor has positioned on the platform. */
export const declareServiceSchema = z.object({
  name: z.string({ error: "Indiquez le nom du service." }).trim().min(2, { error: "Indiquez le nom du service (2 caractères au moins)." }).max(120, { error: "Nom trop long (120 caractères au plus)." }),
  editor: z.string({ error: "Indiquez l'éditeur." }).trim().min(2, { error: "Indiquez l'éditeur du service (2 caractères au moins)." }).max(120, { error: "Nom d'éditeur trop long (120 caractères au plus)." }),
  url: optionalUrl,
});
export type DeclareServiceInput = z.output<typeof declareServiceSchema>;
export type DeclareServiceFormValues = z.input<typeof declareServiceSchema>;

export const addServiceSchema = z.object({ serviceId: idSchema });
export const removeServiceSchema = z.object({ schoolServiceId: idSchema });

/** Filters of the school's table of services (query string of the page and of the CSV). */
export const ALERT_FILTERS = ["a-revoir"] as const;
export const schoolTableFilterSchema = z.object({
  q: z.string().trim().max(100, { error: "Recherche trop longue (100 caractères au plus)." }).optional(),
  decision: z.enum([...DECISIONS, "sans-decision"], { error: "Décision inconnue." }).optional(),
  conformite: z.enum(["conforme", "non-conforme", "incomplet", "non-positionne"], { error: "Conformité inconnue." }).optional(),
  alerte: z.enum(ALERT_FILTERS, { error: "Filtre inconnu." }).optional(),
});
export type SchoolTableFilter = z.output<typeof schoolTableFilterSchema>;

/** The UAI in a URL: 7 digits and a letter (the check letter is verified by lib/identifiers). */
export const uaiParamSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{7}[A-Z]$/, { error: "UAI invalide." });
