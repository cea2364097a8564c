/**
 * zod schemas of the grid files (`criteria/<version>/grille.yaml` and one YAML file per axis) and
 * the TypeScript types of a loaded grid.
 *
 * Pure module: no I/O. `load.ts` reads the files and applies these schemas; cross-file rules
 * (unique ids, id prefix = axis, theme declared in the axis…) live in `load.ts` as well.
 *
 * Every message is in French and names what is wrong, not where: the loader prefixes each
 * message with the file, the criterion id and the field.
 */
import { z } from "zod";
import { PROFILE_FLAGS, SERVICE_CATEGORIES } from "./profile";

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/** The levels of the scale, 0 (non pris en compte) to 4 (exemplaire). */
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** Axis id: 2 to 4 capital letters (INT, SEC, NR, SOC…). */
export const AXIS_ID_PATTERN = /^[A-Z]{2,4}$/;
/** Criterion id: axis id, a dash and a 2- or 3-digit number (SEC-05, NR-12…). */
export const CRITERION_ID_PATTERN = /^([A-Z]{2,4})-(\d{2,3})$/;
/** Theme id: lower-case ASCII words joined by dashes (educonnect, droit-deconnexion…). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Grid version id: year, dot, revision number ("2025.1", "2026.2"). */
export const VERSION_PATTERN = /^\d{4}\.\d+$/;

export const BASES = ["officiel", "lecture"] as const;
export type Basis = (typeof BASES)[number];
/** `officiel`: an official text says it; `lecture`: our reading of the doctrine, to be checked. */
export const BASIS_LABELS: Readonly<Record<Basis, string>> = {
  officiel: "Texte officiel",
  lecture: "Lecture de la doctrine (à confirmer)",
};

export const FORCES = ["opposable", "recommande"] as const;
export type Force = (typeof FORCES)[number];
/** `opposable`: binding (decree of 5 December 2025 or the law); `recommande`: good practice. */
export const FORCE_LABELS: Readonly<Record<Force, string>> = {
  opposable: "Opposable",
  recommande: "Recommandé",
};

export const ORIGINS = ["lecture", "officielle"] as const;
export type GridOrigin = (typeof ORIGINS)[number];

/** "missing" for an absent key, the given fallback otherwise. */
function missingOr(fallback: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? "champ obligatoire manquant" : fallback;
}

/** A non-empty text (surrounding spaces removed). */
const text = () =>
  z
    .string({ error: missingOr("texte attendu") })
    .trim()
    .min(1, { error: "le texte ne doit pas être vide" });

const slug = () =>
  z
    .string({ error: missingOr("identifiant attendu") })
    .regex(SLUG_PATTERN, {
      error: "identifiant attendu en minuscules sans accents, mots séparés par des tirets (ex. « droit-deconnexion »)",
    });

function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  const list = values.map((v) => `« ${v} »`).join(", ");
  return z.enum(values, { error: missingOr(`valeur attendue parmi ${list}`) });
}

// ---------------------------------------------------------------------------------------------
// Criterion (one entry of an axis file)
// ---------------------------------------------------------------------------------------------

export const referenceSchema = z.strictObject({
  /** The document: "Référentiel d'interopérabilité", "Eduscol – Promouvoir un numérique raisonné"… */
  document: text(),
  /** Chapter, article or recommendation number when known. */
  section: text().optional(),
  url: z
    .url({ protocol: /^https?$/, error: "adresse web (http ou https) attendue" })
    .optional(),
});
export type Reference = z.output<typeof referenceSchema>;

const categoryList = z
  .array(enumOf(SERVICE_CATEGORIES), { error: "liste de catégories attendue" })
  .min(1, { error: "liste vide : supprimer la clé plutôt que de la laisser vide" });
const flagList = z
  .array(enumOf(PROFILE_FLAGS), { error: "liste d'indicateurs de profil attendue" })
  .min(1, { error: "liste vide : supprimer la clé plutôt que de la laisser vide" });

/**
 * Which services a criterion applies to. See `isApplicable` in `profile.ts` for the semantics:
 * not in `exclure` AND (category in `categories` OR any `si` flag) AND all `siTous` flags.
 * Absent keys become empty lists (= no constraint), so an absent block means "every service".
 */
export const applicabilitySchema = z
  .strictObject({
    categories: categoryList.optional(),
    si: flagList.optional(),
    siTous: flagList.optional(),
    exclure: categoryList.optional(),
  })
  .transform((a) => ({
    categories: a.categories ?? [],
    si: a.si ?? [],
    siTous: a.siTous ?? [],
    exclure: a.exclure ?? [],
  }));
export type Applicability = z.output<typeof applicabilitySchema>;

/** The five level texts of a criterion, index = level. */
export type LevelTexts = readonly [string, string, string, string, string];

/**
 * `niveaux`: what each level 0–4 means for this criterion. Written in YAML as a map with the
 * keys 0 to 4 (clearest in a review), or as a list of exactly five texts. Normalised to a
 * five-item tuple. Hand-written rather than `z.strictObject` so that the messages say
 * "exactly 5 texts" instead of a generic type error.
 */
export const levelTextsSchema = z.unknown().transform((value, ctx): LevelTexts => {
  const fail = (message: string, path: PropertyKey[] = []) => {
    ctx.issues.push({ code: "custom", message, input: value, path });
  };
  if (value === undefined || value === null) {
    fail("champ obligatoire manquant : il faut exactement 5 textes de niveau (0 à 4)");
    return z.NEVER;
  }

  let entries: Array<[string, unknown]>;
  if (Array.isArray(value)) {
    if (value.length !== 5) {
      fail(`il faut exactement 5 textes de niveau (0 à 4), ${value.length} trouvé(s)`);
      return z.NEVER;
    }
    entries = value.map((v, i) => [String(i), v]);
  } else if (typeof value === "object") {
    entries = Object.entries(value as Record<string, unknown>);
    const keys = entries.map(([k]) => k);
    const unknown = keys.filter((k) => !["0", "1", "2", "3", "4"].includes(k));
    const missing = ["0", "1", "2", "3", "4"].filter((k) => !keys.includes(k));
    if (unknown.length > 0 || missing.length > 0) {
      const parts = [`il faut exactement 5 textes de niveau (0 à 4), ${keys.length} trouvé(s)`];
      if (missing.length > 0) parts.push(`manquant(s) : ${missing.join(", ")}`);
      if (unknown.length > 0) parts.push(`niveau(x) inconnu(s) : ${unknown.join(", ")}`);
      fail(parts.join(" ; "));
      return z.NEVER;
    }
    entries.sort(([a], [b]) => Number(a) - Number(b));
  } else {
    fail("table des niveaux attendue (clés 0 à 4, un texte par niveau)");
    return z.NEVER;
  }

  const texts: string[] = [];
  for (const [key, v] of entries) {
    if (typeof v !== "string" || v.trim() === "") {
      fail(`le texte du niveau ${key} est vide ou n'est pas un texte`, [key]);
    } else {
      texts.push(v.trim());
    }
  }
  if (texts.length !== 5) return z.NEVER;
  return texts as unknown as LevelTexts;
});

/** One criterion as written in an axis file (the axis comes from the file). */
export const criterionEntrySchema = z.strictObject({
  id: z
    .string({ error: missingOr("identifiant attendu") })
    .regex(CRITERION_ID_PATTERN, { error: "identifiant attendu de la forme AXE-NN, par exemple « SEC-05 »" }),
  theme: slug(),
  title: text(),
  /** What is expected of the service, in one or two sentences. */
  attendu: text(),
  niveaux: levelTextsSchema,
  reference: referenceSchema,
  basis: enumOf(BASES),
  force: enumOf(FORCES),
  poids: z
    .int({ error: missingOr("nombre entier attendu (1, 2 ou 3)") })
    .min(1, { error: "le poids va de 1 à 3" })
    .max(3, { error: "le poids va de 1 à 3" }),
  applicabilite: applicabilitySchema.optional().transform(
    (a): Applicability => a ?? { categories: [], si: [], siTous: [], exclure: [] },
  ),
  /** Evidence the editor can give (short descriptions). */
  preuves: z
    .array(text(), { error: missingOr("liste de preuves attendue") })
    .min(1, { error: "au moins une preuve possible est attendue" }),
  /** Guidance shown to the editor while answering. */
  aide: text().optional(),
  /** Caveat shown with the criterion (uncertain source, pending arrêté…). */
  note: text().optional(),
});
export type CriterionEntry = z.output<typeof criterionEntrySchema>;

/** A criterion of a loaded grid: the YAML entry plus the axis of its file. */
export type Criterion = CriterionEntry & { axis: string };

// ---------------------------------------------------------------------------------------------
// Axis file
// ---------------------------------------------------------------------------------------------

/**
 * The frame of an axis file. `criteria` is only checked to be a list here: the loader validates
 * each entry on its own with `criterionEntrySchema`, so an error can name the criterion id.
 */
export const axisFileSchema = z.strictObject({
  axis: z
    .string({ error: missingOr("identifiant d'axe attendu") })
    .regex(AXIS_ID_PATTERN, { error: "identifiant d'axe attendu : 2 à 4 lettres capitales (ex. « SEC »)" }),
  criteria: z
    .array(z.unknown(), { error: missingOr("liste de critères attendue") })
    .min(1, { error: "au moins un critère par axe est attendu" }),
});

// ---------------------------------------------------------------------------------------------
// Grid meta file (grille.yaml)
// ---------------------------------------------------------------------------------------------

export const themeSchema = z.strictObject({
  id: slug(),
  label: text(),
  description: text().optional(),
});
export type Theme = z.output<typeof themeSchema>;

export const axisMetaSchema = z.strictObject({
  id: z
    .string({ error: missingOr("identifiant d'axe attendu") })
    .regex(AXIS_ID_PATTERN, { error: "identifiant d'axe attendu : 2 à 4 lettres capitales (ex. « SEC »)" }),
  label: text(),
  description: text().optional(),
  themes: z
    .array(themeSchema, { error: missingOr("liste de thèmes attendue") })
    .min(1, { error: "au moins un thème par axe est attendu" }),
});
export type Axis = z.output<typeof axisMetaSchema>;

export const scaleLevelSchema = z.strictObject({
  level: z.int({ error: missingOr("niveau entier attendu (0 à 4)") }).min(0).max(4),
  label: text(),
  description: text(),
});
export type ScaleLevel = z.output<typeof scaleLevelSchema>;

export const gridMetaSchema = z.strictObject({
  version: z
    .string({
      error: missingOr(
        'texte entre guillemets attendu, par exemple "2025.1" (sans guillemets, YAML lit un nombre et "2025.10" deviendrait 2025.1)',
      ),
    })
    .regex(VERSION_PATTERN, { error: "version attendue de la forme ANNÉE.RÉVISION, par exemple « 2025.1 »" }),
  label: text(),
  /** Publication date of this grid version (YYYY-MM-DD). */
  date: z.iso.date({ error: missingOr("date attendue au format AAAA-MM-JJ") }),
  description: text(),
  /** `lecture`: the grid is our reading of the doctrine; `officielle`: the ministry's list. */
  origine: enumOf(ORIGINS),
  scale: z
    .array(scaleLevelSchema, { error: missingOr("liste des 5 niveaux attendue") })
    .length(5, { error: "l'échelle compte exactement 5 niveaux (0 à 4)" })
    .refine((levels) => levels.every((l, i) => l.level === i), {
      error: "les niveaux de l'échelle doivent être 0, 1, 2, 3, 4 dans cet ordre",
    }),
  axes: z
    .array(axisMetaSchema, { error: missingOr("liste des axes attendue") })
    .min(1, { error: "au moins un axe est attendu" }),
});
export type GridMeta = z.output<typeof gridMetaSchema>;

/**
 * A loaded, validated grid. `criteria` is flat and sorted by axis (in the order of `axes`),
 * then by id number: the order of entries in the YAML files does not matter.
 */
export type Grid = GridMeta & { criteria: Criterion[] };

// ---------------------------------------------------------------------------------------------
// Error map
// ---------------------------------------------------------------------------------------------

const frenchLocale = z.locales.fr();

/**
 * Per-parse error map: French messages for whatever the schemas above do not word themselves
 * (messages set on a schema take precedence over this map). Passed to `safeParse` rather than
 * installed with `z.config` so that loading a grid changes nothing for the rest of the app.
 */
export const gridErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type" && issue.input === undefined) return "champ obligatoire manquant";
  if (issue.code === "unrecognized_keys") {
    return `champ inconnu (${issue.keys.map((k) => `« ${k} »`).join(", ")}) : faute de frappe ?`;
  }
  return frenchLocale.localeError(issue);
};
