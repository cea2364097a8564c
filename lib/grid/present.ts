/**
 * Presentation helpers for the public grid: filters, applicability in words, exports.
 * Pure (no file system), usable by pages, route handlers and reports.
 */
import { z } from "zod";
import { CATEGORY_LABELS, FLAG_LABELS, PROFILE_FLAGS, SERVICE_CATEGORIES, isApplicable, makeProfile, type ServiceCategory } from "./profile";
import { BASIS_LABELS, FORCE_LABELS, type Applicability, type Criterion, type Grid } from "./schema";

/** Filters of the /grille page, from the query string. Unknown values are reported, not trusted. */
export const gridFilterSchema = z.object({
  axe: z.string().regex(/^[A-Z]{2,4}$/, { error: "Axe inconnu" }).optional(),
  categorie: z.enum(SERVICE_CATEGORIES, { error: "Catégorie de service inconnue" }).optional(),
  force: z.enum(["opposable", "recommande"], { error: "Force inconnue : « opposable » ou « recommande » attendu" }).optional(),
});
export type GridFilter = z.output<typeof gridFilterSchema>;

/**
 * Criteria kept by the filters. The category filter keeps the criteria that CAN apply to a
 * service of that category (with the right profile flags): every flag is taken as true.
 */
export function filterCriteria(grid: Grid, filter: GridFilter): Criterion[] {
  const widest = filter.categorie ? makeProfile(filter.categorie, PROFILE_FLAGS) : null;
  return grid.criteria.filter(
    (c) =>
      (!filter.axe || c.axis === filter.axe) &&
      (!filter.force || c.force === filter.force) &&
      (!widest || isApplicable(c.applicabilite, widest)),
  );
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const categoryNames = (cats: readonly ServiceCategory[]) => cats.map((c) => CATEGORY_LABELS[c]).join(" ; ");

/** "Le service intègre de l'IA" -> "qui intègre de l'IA"; "Les usagers se connectent…" -> "où les usagers se connectent…" */
function flagClause(flag: keyof typeof FLAG_LABELS): string {
  const label = FLAG_LABELS[flag];
  return label.startsWith("Le service ") ? `qui ${label.slice("Le service ".length)}` : `où ${lowerFirst(label)}`;
}

/** The applicability of a criterion in one French sentence. */
export function describeApplicability(a: Applicability): string {
  const parts: string[] = [];
  const targets: string[] = [];
  if (a.categories.length) targets.push(`aux services de catégorie ${categoryNames(a.categories)}`);
  if (a.si.length) targets.push(`à tout service ${a.si.map(flagClause).join(", ou ")}`);
  parts.push(targets.length ? `S'applique ${targets.join(", et ")}` : "S'applique à tous les services");
  if (a.siTous.length) parts.push(`à condition que ${a.siTous.map((f) => lowerFirst(FLAG_LABELS[f])).join(" et que ")}`);
  if (a.exclure.length) parts.push(`sauf aux services de catégorie ${categoryNames(a.exclure)}`);
  return `${parts.join(", ")}.`;
}

/** The grid as CSV rows (one line per criterion), for the public download. */
export function gridCsvRows(grid: Grid): string[][] {
  const axisLabel = new Map(grid.axes.map((a) => [a.id, a.label]));
  const themeLabel = new Map(grid.axes.flatMap((a) => a.themes.map((t) => [`${a.id}/${t.id}`, t.label] as const)));
  return [
    [
      "Version", "Identifiant", "Axe", "Thème", "Titre", "Attendu",
      "Niveau 0", "Niveau 1", "Niveau 2", "Niveau 3", "Niveau 4",
      "Base", "Force", "Poids", "Applicabilité", "Preuves possibles", "Référence", "Section", "Adresse",
    ],
    ...grid.criteria.map((c) => [
      grid.version,
      c.id,
      axisLabel.get(c.axis) ?? c.axis,
      themeLabel.get(`${c.axis}/${c.theme}`) ?? c.theme,
      c.title,
      c.attendu,
      ...c.niveaux,
      BASIS_LABELS[c.basis],
      FORCE_LABELS[c.force],
      String(c.poids),
      describeApplicability(c.applicabilite),
      c.preuves.join(" ; "),
      c.reference.document,
      c.reference.section ?? "",
      c.reference.url ?? "",
    ]),
  ];
}
