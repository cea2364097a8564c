/**
 * The territorial ENT context: départements with their 2018 and 2025 deployment, ENT projects,
 * schools known to the platform, national figures. Pure functions and queries taking a `Db`;
 * no React, no Next. Values are shown as the ministry's tables have them (see db/reference/README.md).
 */
import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import {
  chiffresNationaux,
  departements,
  entDeploiement2018,
  entDeploiement2025,
  projetEntDepartements,
  projetsEnt,
  schools,
} from "@/db/schema";
import { toCsv } from "./csv";
import { formatInteger } from "./format";
import { slugify } from "./text";

export type DepartementRow = {
  code: string;
  name: string;
  academie: string;
  regionAcademique: string | null;
  region: string | null;
  /** metro | drom | com */
  zone: string;
  etat2018: string | null;
  commentaire2018: string | null;
  collegesPublics2018: number | null;
  collegesPrives2018: number | null;
  etat2025: string | null;
  collegesPublicsAvecEnt2025: number | null;
};

export type Annee = "2018" | "2025";
export const ANNEES = ["2018", "2025"] as const;

/** Sort key for INSEE codes: 01…19, 2A, 2B, 21…95, then 971… */
export function departementSortKey(code: string): string {
  if (code === "2A") return "020.1";
  if (code === "2B") return "020.2";
  return code.padStart(3, "0");
}

export function compareCodes(a: string, b: string): number {
  return departementSortKey(a).localeCompare(departementSortKey(b));
}

// ---------------------------------------------------------------------------
// States and their map styles
// ---------------------------------------------------------------------------

/**
 * Map styles, from the most to the least advanced: the lightness goes down with the state and
 * each style has its own pattern, so that the states stay apart without colour vision.
 * Colours are from the DSFR palette (bleu France and grey scales).
 */
export type StyleKey = "s1" | "s2" | "s3" | "s4" | "autre";

export type StateInfo = { label: string; style: StyleKey; description: string };

/** The 2018 states as the seed writes them (seed 000), most advanced first. */
export const ETATS_2018: StateInfo[] = [
  { label: "Généralisation à 100%", style: "s1", description: "tous les collèges du projet" },
  { label: "Généralisation à 50% ou plus", style: "s2", description: "au moins la moitié des collèges" },
  { label: "Expérimentation", style: "s3", description: "quelques collèges" },
  { label: "En réflexion ou pas de projet", style: "s4", description: "aucun projet en cours" },
];

/** The 2025 states as the seed writes them (seed 001), most advanced first. */
export const ETATS_2025: StateInfo[] = [
  { label: "Déploiement massif", style: "s1", description: "80 % ou plus des collèges, d'après la légende du document 004" },
  { label: "En cours de déploiement", style: "s2", description: "de 1 % à 79 % des collèges" },
  { label: "Pas de projet ENT ou inconnu", style: "s4", description: "aucun projet connu dans les sources de 2025" },
];

export function statesOf(annee: Annee): StateInfo[] {
  return annee === "2018" ? ETATS_2018 : ETATS_2025;
}

/** Rank of a state in its year (0 = most advanced); a label the catalogue does not know comes last. */
export function stateRank(annee: Annee, etat: string | null): number {
  if (etat == null) return Number.POSITIVE_INFINITY;
  const i = statesOf(annee).findIndex((s) => s.label === etat);
  return i === -1 ? statesOf(annee).length : i;
}

export function stateStyle(annee: Annee, etat: string | null): StyleKey | "nd" {
  if (etat == null) return "nd";
  return statesOf(annee).find((s) => s.label === etat)?.style ?? "autre";
}

export function etatOf(row: DepartementRow, annee: Annee): string | null {
  return annee === "2018" ? row.etat2018 : row.etat2025;
}

export function nonRenseigne(annee: Annee): string {
  return `Non renseigné en ${annee}`;
}

export type LegendEntry = { state: string; style: StyleKey | "nd"; count: number; known: boolean };

/**
 * Counts per state for one year: the catalogue's states first (even at 0), then any state the
 * catalogue does not know, then the territories absent from that year's table.
 */
export function legend(rows: DepartementRow[], annee: Annee): LegendEntry[] {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const row of rows) {
    const etat = etatOf(row, annee);
    if (etat == null) missing++;
    else counts.set(etat, (counts.get(etat) ?? 0) + 1);
  }
  const entries: LegendEntry[] = statesOf(annee).map((s) => ({ state: s.label, style: s.style, count: counts.get(s.label) ?? 0, known: true }));
  for (const [state, count] of counts) {
    if (!entries.some((e) => e.state === state)) entries.push({ state, style: "autre", count, known: false });
  }
  if (missing > 0) entries.push({ state: nonRenseigne(annee), style: "nd", count: missing, known: false });
  return entries;
}

/** Counts per state, in the order of first appearance (kept for callers that want raw counts). */
export function countByState(rows: DepartementRow[], key: "etat2018" | "etat2025"): { state: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const state = row[key] ?? "Pas de donnée";
    counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return [...counts].map(([state, count]) => ({ state, count }));
}

/** "3 départements ou collectivités", "1 200 collèges", French plural (0 and 1 singular), the number written the French way. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(n)} ${Math.abs(n) >= 2 ? pluralForm : singular}`;
}

export function territoriesCount(n: number): string {
  return plural(n, "département ou collectivité", "départements ou collectivités");
}

// ---------------------------------------------------------------------------
// Query string of /territoires (and of the CSV export)
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Honest wording: notes on the source's inconsistencies, the evolution sentence
// ---------------------------------------------------------------------------

/**
 * Notes where the source is inconsistent or silent. The values themselves are never changed.
 * The rules come from the data README (shared/data/README.md).
 */
export function sourceNotes(row: DepartementRow): string[] {
  const notes: string[] = [];
  const projet2018 = (row.collegesPublics2018 ?? 0) + (row.collegesPrives2018 ?? 0);
  if (row.etat2018 === "En réflexion ou pas de projet" && projet2018 > 0) {
    notes.push(
      `Le tableau de 2018 indique « En réflexion ou pas de projet » et pourtant ${plural(projet2018, "collège")} du projet : valeurs reproduites telles quelles.`,
    );
  }
  if (row.etat2025 != null && row.collegesPublicsAvecEnt2025 == null) {
    notes.push("Le tableau de 2025 imprime « - » au lieu du nombre de collèges publics ayant un ENT : nombre non publié.");
  }
  if (row.etat2025 === "Pas de projet ENT ou inconnu" && row.etat2018 != null && row.etat2018.startsWith("Généralisation")) {
    notes.push(
      "« Inconnu » en 2025 après une généralisation en 2018 peut seulement signifier que le département n'apparaît pas dans les sources de 2025 : ne pas y lire un abandon sans vérification.",
    );
  }
  return notes;
}

function college2018(row: DepartementRow): string {
  const pub = row.collegesPublics2018 ?? 0;
  const priv = row.collegesPrives2018 ?? 0;
  return `${plural(pub, "collège public", "collèges publics")} et ${plural(priv, "privé")} du projet`;
}

function college2025(row: DepartementRow): string {
  return row.collegesPublicsAvecEnt2025 == null
    ? "nombre de collèges non publié"
    : `${plural(row.collegesPublicsAvecEnt2025, "collège public ayant un ENT", "collèges publics ayant un ENT")}`;
}

/** The evolution from 2018 to 2025 in one sentence that says the two years do not compare directly. */
export function evolutionSentence(row: DepartementRow): string {
  const a = row.etat2018;
  const b = row.etat2025;
  if (a != null && b != null) {
    return (
      `De « ${a} » en novembre 2018 (${college2018(row)}) à « ${b} » à la rentrée 2025 (${college2025(row)}), ` +
      "sans comparaison directe possible : l'état de 2018 décrit l'avancement du projet, celui de 2025 vient des données DNMA."
    );
  }
  if (a == null && b != null) {
    return `Non renseigné en 2018 ; « ${b} » à la rentrée 2025 (${college2025(row)}) : aucune évolution ne peut être décrite.`;
  }
  if (a != null && b == null) {
    return `« ${a} » en novembre 2018 (${college2018(row)}) ; non renseigné à la rentrée 2025 : aucune évolution ne peut être décrite.`;
  }
  return "Non renseigné en 2018 ni à la rentrée 2025 : aucune évolution ne peut être décrite.";
}

// ---------------------------------------------------------------------------
// CSV download
// ---------------------------------------------------------------------------

export const CSV_HEADERS = [
  "Code",
  "Département",
  "Académie",
  "Région académique",
  "État 2018",
  "Commentaire 2018",
  "Collèges publics du projet 2018",
  "Collèges privés du projet 2018",
  "État 2025",
  "Collèges publics avec ENT 2025",
  "Remarques sur la source",
] as const;

export const csvSeparatorSchema = z.enum(["point-virgule", "virgule"], {
  error: "le séparateur doit être « point-virgule » ou « virgule »",
});

/**
 * The table as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads the accents),
 * semicolons by default (the French Excel list separator), CRLF. Empty cell = no value in the source.
 */
export function departementsCsv(rows: DepartementRow[], separator: ";" | "," = ";"): string {
  const body = rows.map((r) => [
    r.code,
    r.name,
    r.academie,
    r.regionAcademique ?? "",
    r.etat2018 ?? nonRenseigne("2018"),
    r.commentaire2018 ?? "",
    r.collegesPublics2018,
    r.collegesPrives2018,
    r.etat2025 ?? nonRenseigne("2025"),
    r.collegesPublicsAvecEnt2025,
    sourceNotes(r).join(" "),
  ]);
  return "\uFEFF" + toCsv([[...CSV_HEADERS], ...body], separator);
}

// ---------------------------------------------------------------------------
// Académies and régions académiques
// ---------------------------------------------------------------------------

export type TerritoryGroup = {
  kind: "academie" | "region-academique";
  slug: string;
  name: string;
  /** région académique of an académie (null for the COM) */
  parent: string | null;
  rows: DepartementRow[];
};

export function academieSlug(name: string): string {
  return slugify(name);
}

/** Groups the départements by académie (kind academie) or région académique; COM have no région académique. */
export function groupBy(rows: DepartementRow[], kind: TerritoryGroup["kind"]): TerritoryGroup[] {
  const groups = new Map<string, TerritoryGroup>();
  for (const row of rows) {
    const name = kind === "academie" ? row.academie : row.regionAcademique;
    if (!name) continue;
    const slug = slugify(name);
    let g = groups.get(slug);
    if (!g) {
      g = { kind, slug, name, parent: kind === "academie" ? row.regionAcademique : null, rows: [] };
      groups.set(slug, g);
    }
    g.rows.push(row);
  }
  const collator = new Intl.Collator("fr");
  return [...groups.values()].sort((a, b) => collator.compare(a.name, b.name));
}

export const groupSlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "identifiant de territoire invalide" }).max(80);

export function findGroup(rows: DepartementRow[], kind: TerritoryGroup["kind"], slug: string): TerritoryGroup | null {
  return groupBy(rows, kind).find((g) => g.slug === slug) ?? null;
}

export type GroupTotals = {
  collegesPublics2018: number;
  collegesPrives2018: number;
  /** départements with a 2018 row */
  with2018: number;
  collegesPublicsAvecEnt2025: number;
  /** départements whose 2025 count is published */
  with2025Count: number;
  total: number;
};

export function groupTotals(rows: DepartementRow[]): GroupTotals {
  const t: GroupTotals = { collegesPublics2018: 0, collegesPrives2018: 0, with2018: 0, collegesPublicsAvecEnt2025: 0, with2025Count: 0, total: rows.length };
  for (const r of rows) {
    if (r.etat2018 != null) t.with2018++;
    t.collegesPublics2018 += r.collegesPublics2018 ?? 0;
    t.collegesPrives2018 += r.collegesPrives2018 ?? 0;
    if (r.collegesPublicsAvecEnt2025 != null) {
      t.with2025Count++;
      t.collegesPublicsAvecEnt2025 += r.collegesPublicsAvecEnt2025;
    }
  }
  return t;
}

// ---------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------

const departementColumns = {
  code: departements.code,
  name: departements.name,
  academie: departements.academie,
  regionAcademique: departements.regionAcademique,
  region: departements.region,
  zone: departements.zone,
  etat2018: entDeploiement2018.etat,
  commentaire2018: entDeploiement2018.commentaire,
  collegesPublics2018: entDeploiement2018.collegesPublics,
  collegesPrives2018: entDeploiement2018.collegesPrives,
  etat2025: entDeploiement2025.etat,
  collegesPublicsAvecEnt2025: entDeploiement2025.collegesPublicsAvecEnt,
};

function departementQuery(db: Db) {
  return db
    .select(departementColumns)
    .from(departements)
    .leftJoin(entDeploiement2018, eq(entDeploiement2018.departementCode, departements.code))
    .leftJoin(entDeploiement2025, eq(entDeploiement2025.departementCode, departements.code));
}

/** Every département and COM with both years, in INSEE code order. */
export async function listDepartements(db: Db): Promise<DepartementRow[]> {
  const rows = await departementQuery(db);
  return rows.sort((a, b) => compareCodes(a.code, b.code));
}

// ---------------------------------------------------------------------------
// Reads kept in memory
// ---------------------------------------------------------------------------

/**
 * How long a reference read stays in memory. The reference tables (départements, ENT deployment,
 * ENT projects, national figures) only change when a server starts with new files in
 * db/reference/ (see db/reference/load.ts); the minute bounds how long another instance on the
 * same PostgreSQL keeps the old values after such a restart.
 */
export const REFERENCE_CACHE_MS = 60_000;
export const DEPARTEMENTS_CACHE_MS = REFERENCE_CACHE_MS;

const memoryCache = new WeakMap<Db, Map<string, { at: number; ttl: number; value: Promise<unknown> }>>();

/**
 * One read per database handle and key, kept `ttl` ms; a failed read is forgotten, and each
 * new read drops the expired entries (a hundred at most: one per territory and kind).
 */
function cachedRead<T>(db: Db, key: string, ttl: number, load: () => Promise<T>, now: number): Promise<T> {
  let entries = memoryCache.get(db);
  if (!entries) memoryCache.set(db, (entries = new Map()));
  const hit = entries.get(key);
  if (hit && now - hit.at < hit.ttl) return hit.value as Promise<T>;
  for (const [k, e] of entries) if (now - e.at >= e.ttl) entries.delete(k);
  const value = load();
  const cache = entries;
  cache.set(key, { at: now, ttl, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

const cachedReference = <T,>(db: Db, key: string, load: () => Promise<T>, now: number) => cachedRead(db, key, REFERENCE_CACHE_MS, load, now);

/**
 * listDepartements kept in memory for a minute per database handle (see REFERENCE_CACHE_MS):
 * /territoires reads all 105 rows on every request. Callers must not mutate the rows.
 */
export function listDepartementsCached(db: Db, now = Date.now()): Promise<DepartementRow[]> {
  return cachedReference(db, "departements", () => listDepartements(db), now);
}

/** getDepartement from the rows kept in memory (no query while they are fresh). Do not mutate the row. */
export async function getDepartementCached(db: Db, code: string, now = Date.now()): Promise<DepartementRow | null> {
  return (await listDepartementsCached(db, now)).find((r) => r.code === code) ?? null;
}

/** listProjetsForDepartement from every project-département link, read once and kept in memory. Do not mutate. */
export async function listProjetsForDepartementCached(db: Db, code: string, now = Date.now()): Promise<ProjetEnt[]> {
  const byCode = await cachedReference(db, "projets-par-departement", () => projetsByDepartement(db), now);
  return byCode.get(code) ?? [];
}

/** listNationalFigures kept in memory (see REFERENCE_CACHE_MS). Do not mutate. */
export function listNationalFiguresCached(db: Db, now = Date.now()): Promise<NationalFigure[]> {
  return cachedReference(db, "chiffres-nationaux", () => listNationalFigures(db), now);
}

export async function getDepartement(db: Db, code: string): Promise<DepartementRow | null> {
  const [row] = await departementQuery(db).where(eq(departements.code, code));
  return row ?? null;
}

/** "2a" → "2A"; anything that cannot be an INSEE département or COM code is refused. */
export const departementCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(?:\d{2}|2[AB]|9[78]\d)$/, { error: "code de département inconnu" });

export type ProjetEnt = { id: string; name: string; territory: string; territoryType: string; notes: string | null };

/** ENT projects whose territory covers the département (team's mapping, see db/reference/README.md). */
export async function listProjetsForDepartement(db: Db, code: string): Promise<ProjetEnt[]> {
  return db
    .select({ id: projetsEnt.id, name: projetsEnt.name, territory: projetsEnt.territory, territoryType: projetsEnt.territoryType, notes: projetsEnt.notes })
    .from(projetEntDepartements)
    .innerJoin(projetsEnt, eq(projetsEnt.id, projetEntDepartements.projetId))
    .where(eq(projetEntDepartements.departementCode, code))
    .orderBy(asc(projetsEnt.position));
}

/** Every (project, département) pair, in the seed's order of the projects. */
function projetDepartementRows(db: Db) {
  return db
    .select({
      id: projetsEnt.id,
      name: projetsEnt.name,
      territory: projetsEnt.territory,
      territoryType: projetsEnt.territoryType,
      notes: projetsEnt.notes,
      code: projetEntDepartements.departementCode,
    })
    .from(projetEntDepartements)
    .innerJoin(projetsEnt, eq(projetsEnt.id, projetEntDepartements.projetId))
    .orderBy(asc(projetsEnt.position));
}

/** The ENT projects of every département, each list in the seed's order (as listProjetsForDepartement). */
async function projetsByDepartement(db: Db): Promise<Map<string, ProjetEnt[]>> {
  const byCode = new Map<string, ProjetEnt[]>();
  for (const { code, ...projet } of await projetDepartementRows(db)) {
    const list = byCode.get(code);
    if (list) list.push(projet);
    else byCode.set(code, [projet]);
  }
  return byCode;
}

/** ENT projects covering any of the codes, each once, in the seed's order. */
export async function listProjetsForDepartements(db: Db, codes: string[]): Promise<(ProjetEnt & { codes: string[] })[]> {
  const rows = await projetDepartementRows(db);
  const wanted = new Set(codes);
  const byId = new Map<string, ProjetEnt & { codes: string[] }>();
  for (const r of rows) {
    if (!wanted.has(r.code)) continue;
    const p = byId.get(r.id) ?? { id: r.id, name: r.name, territory: r.territory, territoryType: r.territoryType, notes: r.notes, codes: [] };
    p.codes.push(r.code);
    byId.set(r.id, p);
  }
  for (const p of byId.values()) p.codes.sort(compareCodes);
  return [...byId.values()];
}

export const TERRITORY_TYPE_LABELS: Record<string, string> = {
  region: "région",
  departement: "département",
  metropole: "métropole",
  academie: "académie",
  com: "collectivité d'outre-mer",
};

export type SchoolRow = {
  uai: string;
  name: string;
  kind: string | null;
  isPublic: boolean;
  communeName: string | null;
  isDemo: boolean;
};

/** Schools of the département known to the platform, by name. */
export async function listSchoolsForDepartement(db: Db, code: string): Promise<SchoolRow[]> {
  return db
    .select({ uai: schools.uai, name: schools.name, kind: schools.kind, isPublic: schools.isPublic, communeName: schools.communeName, isDemo: schools.isDemo })
    .from(schools)
    .where(eq(schools.departementCode, code))
    .orderBy(asc(schools.name), asc(schools.uai));
}

/**
 * How long the schools of a département stay in memory for its page. Schools change (annuaire
 * import, often from another process; registrations), so the page may show them up to this late;
 * in exchange a page asked for again and again reads them once per period.
 */
export const SCHOOLS_CACHE_MS = 10_000;

/** listSchoolsForDepartement kept SCHOOLS_CACHE_MS in memory, for the département page. Do not mutate. */
export function listSchoolsForDepartementCached(db: Db, code: string, now = Date.now()): Promise<SchoolRow[]> {
  return cachedRead(db, `etablissements:${code}`, SCHOOLS_CACHE_MS, () => listSchoolsForDepartement(db, code), now);
}

/** Number of schools known to the platform per département code (codes without school are absent). */
export async function countSchoolsByDepartement(db: Db, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: schools.departementCode })
    .from(schools)
    .where(inArray(schools.departementCode, codes));
  const counts = new Map<string, number>();
  for (const r of rows) if (r.code) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  return counts;
}

export async function listNationalFigures(db: Db) {
  return db.select().from(chiffresNationaux).orderBy(asc(chiffresNationaux.position));
}

/**
 * The 2025 national figures shown next to the map (ids are the slugs of the indicators):
 * collèges with an ENT, ÉduConnect, GAR.
 */
export const NATIONAL_FIGURE_IDS = [
  "part-des-colleges-publics-proposant-un-ent",
  "colleges-publics-proposant-un-ent",
  "part-des-eleves-ayant-acces-a-un-ent-colleges",
  "educonnect-part-des-ecoles-colleges-et-lycees-publics-disposant-d-un-compte-educonnect",
  "educonnect-part-des-comptes-eleves-actives-dans-le-2d",
  "educonnect-projets-ent-raccordes-dans-le-2d",
  "gar-part-des-etablissements-publics-du-second-degre",
  "gar-etablissements-du-secondaire",
] as const;

export type NationalFigure = Awaited<ReturnType<typeof listNationalFigures>>[number];

export function pickNationalFigures(all: NationalFigure[]): NationalFigure[] {
  const byId = new Map(all.map((f) => [f.id, f]));
  return NATIONAL_FIGURE_IDS.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
