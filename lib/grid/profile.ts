/**
 * Service profile: the few answers an editor gives about a service (its category and some
 * yes/no flags) that decide which criteria of a grid apply to it.
 *
 * Pure module: no I/O. The category and flag lists are also used by `schema.ts` to validate
 * the `applicabilite` block of each criterion, so a grid cannot name a category or flag that
 * the profile form does not know.
 */
import { z } from "zod";
import type { Applicability, Criterion, Grid } from "./schema";

// ---------------------------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------------------------

export const SERVICE_CATEGORIES = [
  "ent",
  "vie-scolaire",
  "ressource-gar",
  "outil-pedagogique",
  "communication",
  "teleservice",
  "gestion",
  "autre",
] as const;

export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** French labels shown in the service form and on the public grid filters. */
export const CATEGORY_LABELS: Readonly<Record<ServiceCategory, string>> = {
  ent: "Espace numérique de travail (ENT)",
  "vie-scolaire": "Vie scolaire (notes, absences, cahier de textes, emploi du temps)",
  "ressource-gar": "Ressource numérique distribuée par le GAR",
  "outil-pedagogique": "Outil ou plateforme pédagogique",
  communication: "Communication et messagerie",
  teleservice: "Téléservice (démarches, services de la collectivité)",
  gestion: "Gestion et administration de l'établissement",
  autre: "Autre service numérique",
};

// ---------------------------------------------------------------------------------------------
// Flags
// ---------------------------------------------------------------------------------------------

export const PROFILE_FLAGS = [
  "eleves",
  "responsablesLegaux",
  "personnels",
  "authentification",
  "donneesEleves",
  "ia",
  "mobile",
  "notesDevoirs",
  "messagerie",
  "notifications",
  "suiviApprentissages",
  "gar",
  "api",
] as const;

export type ProfileFlag = (typeof PROFILE_FLAGS)[number];

/** French labels (phrased as statements the editor ticks) for the service form. */
export const FLAG_LABELS: Readonly<Record<ProfileFlag, string>> = {
  eleves: "Le service est utilisé par des élèves",
  responsablesLegaux: "Le service est utilisé par des responsables légaux (parents)",
  personnels: "Le service est utilisé par des personnels (enseignants, direction, administration)",
  authentification: "Les usagers se connectent au service avec un compte nominatif",
  donneesEleves: "Le service traite des données personnelles d'élèves",
  ia: "Le service intègre des fonctions d'intelligence artificielle",
  mobile: "Le service propose une application mobile",
  notesDevoirs: "Le service publie des notes, des devoirs ou le cahier de textes",
  messagerie: "Le service propose une messagerie entre usagers",
  notifications: "Le service envoie des notifications (courriel, SMS, notification mobile)",
  suiviApprentissages:
    "Le service produit des résultats ou des traces d'apprentissage (exercices, évaluations, compétences)",
  gar: "Le service est distribué aux établissements par le GAR",
  api: "Le service échange des données avec d'autres services par des interfaces (API, flux)",
};

/** Grouping used by the service form (audiences first, then the features). */
export const FLAG_GROUPS: ReadonlyArray<{ label: string; flags: readonly ProfileFlag[] }> = [
  { label: "Publics", flags: ["eleves", "responsablesLegaux", "personnels"] },
  {
    label: "Données et accès",
    flags: ["authentification", "donneesEleves", "api", "gar"],
  },
  {
    label: "Fonctionnalités",
    flags: ["notesDevoirs", "messagerie", "notifications", "suiviApprentissages", "ia", "mobile"],
  },
];

// ---------------------------------------------------------------------------------------------
// Profile schema
// ---------------------------------------------------------------------------------------------

// Every flag defaults to false: a profile stored before a new flag was added to this list stays
// valid, and the new flag simply reads as "no" until the editor reviews the profile.
const flagsShape = Object.fromEntries(
  PROFILE_FLAGS.map((flag) => [flag, z.boolean({ error: `« ${flag} » doit valoir vrai ou faux` }).default(false)]),
) as { [K in ProfileFlag]: z.ZodDefault<z.ZodBoolean> };

// Unknown keys are dropped rather than rejected (z.object, not z.strictObject): a profile stored
// with a flag that a later version removed must still load.
export const serviceProfileSchema = z.object({
  category: z.enum(SERVICE_CATEGORIES, { error: "Choisissez une catégorie de service" }),
  flags: z.object(flagsShape).default(() => defaultFlags()),
});

/** A validated profile (every flag present). */
export type ServiceProfile = z.output<typeof serviceProfileSchema>;
/** What a form or the database may hand in (missing flags allowed, they become false). */
export type ServiceProfileInput = z.input<typeof serviceProfileSchema>;
export type ProfileFlags = ServiceProfile["flags"];

export function defaultFlags(): ProfileFlags {
  return Object.fromEntries(PROFILE_FLAGS.map((flag) => [flag, false])) as ProfileFlags;
}

/** Convenience for code and tests: a profile from a category and the list of flags that are true. */
export function makeProfile(category: ServiceCategory, trueFlags: readonly ProfileFlag[] = []): ServiceProfile {
  const flags = defaultFlags();
  for (const flag of trueFlags) flags[flag] = true;
  return { category, flags };
}

// ---------------------------------------------------------------------------------------------
// Applicability
// ---------------------------------------------------------------------------------------------

/**
 * Does a criterion apply to a service with this profile?
 *
 * Semantics of a criterion's `applicabilite` block (every key optional; an absent or empty
 * block means "applies to every service"):
 *
 *   1. `exclure: [cat…]`    — never applies to a service of one of these categories.
 *   2. `categories: [cat…]` and `si: [flag…]` form ONE "targeting" test, satisfied when
 *      the service's category is in `categories` OR at least one of the `si` flags is true.
 *      If neither key is given, the targeting test passes.
 *      (Union, not intersection: "applies to ENT and vie-scolaire services, and to any other
 *      service that publishes marks or homework" is the common case in the grid; it also lets a
 *      GAR criterion target both the `ressource-gar` category and any service with the `gar` flag.)
 *   3. `siTous: [flag…]`    — additionally, ALL these flags must be true (a narrowing
 *      condition, e.g. "only if users sign in with an account").
 *
 * applies = not excluded AND targeting test AND all `siTous` flags.
 */
export function isApplicable(applicabilite: Applicability, profile: ServiceProfile): boolean {
  const { categories, si, siTous, exclure } = applicabilite;
  if (exclure.includes(profile.category)) return false;

  const targeted = categories.length > 0 || si.length > 0;
  if (targeted) {
    const byCategory = categories.includes(profile.category);
    const byFlag = si.some((flag) => profile.flags[flag]);
    if (!byCategory && !byFlag) return false;
  }

  return siTous.every((flag) => profile.flags[flag]);
}

/** The criteria of `grid` that apply to a service with this profile, in grid order. */
export function applicableCriteria(grid: Grid, profile: ServiceProfile): Criterion[] {
  return grid.criteria.filter((criterion) => isApplicable(criterion.applicabilite, profile));
}
