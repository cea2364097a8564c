/**
 * The /territoires table: its query string (?annee=, ?tri=, ?ordre=, also read by the CSV export),
 * its links and its sort.
 */
import { z } from "zod";
import { ANNEES, compareCodes, departementSortKey, type DepartementRow } from "./departements";
import { stateRank } from "./states";

export const SORT_COLUMNS = [
  { key: "code", label: "Code" },
  { key: "departement", label: "Département" },
  { key: "academie", label: "Académie" },
  { key: "etat2018", label: "État 2018" },
  { key: "publics2018", label: "Collèges publics du projet 2018" },
  { key: "prives2018", label: "Collèges privés du projet 2018" },
  { key: "etat2025", label: "État 2025" },
  { key: "ent2025", label: "Collèges publics avec ENT 2025" },
] as const;
export type SortKey = (typeof SORT_COLUMNS)[number]["key"];
const sortKeys = SORT_COLUMNS.map((c) => c.key) as [SortKey, ...SortKey[]];

const queryFields = {
  annee: z.enum(ANNEES, { error: "l'année doit être 2018 ou 2025" }),
  tri: z.enum(sortKeys, { error: `la colonne de tri doit être l'une de : ${sortKeys.join(", ")}` }),
  ordre: z.enum(["asc", "desc"], { error: "l'ordre doit être « asc » ou « desc »" }),
} as const;

export const territoiresQuerySchema = z.object({
  annee: queryFields.annee.default("2025"),
  tri: queryFields.tri.default("code"),
  ordre: queryFields.ordre.default("asc"),
});
export type TerritoiresQuery = z.output<typeof territoiresQuerySchema>;

type RawParams = Record<string, string | string[] | undefined>;

/**
 * Reads ?annee=, ?tri= and ?ordre= field by field: a bad value falls back to its default and is
 * reported (in French) so the page can say what it ignored, without losing the other fields.
 */
export function parseTerritoiresQuery(raw: RawParams): { query: TerritoiresQuery; errors: string[] } {
  const errors: string[] = [];
  const picked: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(queryFields)) {
    const value = raw[name];
    if (value === undefined) continue;
    const r = schema.safeParse(value);
    if (r.success) picked[name] = r.data;
    else errors.push(`« ${name}=${Array.isArray(value) ? value.join(",") : value} » ignoré : ${r.error.issues[0]?.message ?? "valeur invalide"}.`);
  }
  return { query: territoiresQuerySchema.parse(picked), errors };
}

/** The query string for a link, leaving out default values. */
export function territoiresHref(q: TerritoiresQuery, hash = ""): string {
  const params = new URLSearchParams();
  if (q.annee !== "2025") params.set("annee", q.annee);
  if (q.tri !== "code") params.set("tri", q.tri);
  if (q.ordre !== "asc") params.set("ordre", q.ordre);
  const s = params.toString();
  return `/territoires${s ? `?${s}` : ""}${hash}`;
}

/** Sorted copy. Empty values always come last; ties are broken by code. States sort by rank, not alphabetically. */
export function sortDepartements(rows: DepartementRow[], tri: SortKey, ordre: "asc" | "desc"): DepartementRow[] {
  const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
  const value = (r: DepartementRow): string | number | null => {
    switch (tri) {
      case "code":
        return departementSortKey(r.code);
      case "departement":
        return r.name;
      case "academie":
        return r.academie;
      case "etat2018":
        return r.etat2018 == null ? null : stateRank("2018", r.etat2018);
      case "publics2018":
        return r.collegesPublics2018;
      case "prives2018":
        return r.collegesPrives2018;
      case "etat2025":
        return r.etat2025 == null ? null : stateRank("2025", r.etat2025);
      case "ent2025":
        return r.collegesPublicsAvecEnt2025;
    }
  };
  const sign = ordre === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va == null || vb == null) {
      if (va == null && vb == null) return compareCodes(a.code, b.code);
      return va == null ? 1 : -1;
    }
    const c = typeof va === "number" && typeof vb === "number" ? va - vb : collator.compare(String(va), String(vb));
    return c !== 0 ? sign * c : compareCodes(a.code, b.code);
  });
}
