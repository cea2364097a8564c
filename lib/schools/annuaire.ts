/**
 * Import of the official school directory ("annuaire de l'éducation", open data CSV, `;`
 * separators, one establishment per line). Keeps the collèges, lycées and EREA (the
 * establishments the decree concerns), validates each UAI's check letter, and upserts: a line
 * that changes nothing is counted "unchanged" and writes nothing. A bad line is rejected with its
 * reason and the import goes on; only a file without the needed columns is refused as a whole.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departements, schools } from "@/db/schema";
import { parseCsv } from "../csv";
import { normalizeUai, uaiError } from "../identifiers";

/** Columns of the official file used here (the others are ignored). */
export const ANNUAIRE_COLUMNS = {
  uai: "identifiant_de_l_etablissement",
  name: "nom_etablissement",
  type: "type_etablissement",
  status: "statut_public_prive",
  communeCode: "code_commune",
  communeName: "nom_commune",
  departement: "code_departement",
  /** optional: finer than the type ("LYCEE PROFESSIONNEL"…) */
  nature: "libelle_nature",
} as const;
const REQUIRED = ["uai", "name", "type", "status", "departement"] as const;

export type SchoolLine = {
  uai: string;
  name: string;
  kind: string;
  isPublic: boolean;
  communeCode: string | null;
  communeName: string | null;
  departementCode: string | null;
};

export type Rejection = { line: number; uai: string | null; reason: string };

export type ParsedDirectory = {
  lines: { line: number; school: SchoolLine }[];
  rejected: Rejection[];
  /** other kinds of establishments (écoles, services…), outside the platform's scope */
  ignored: number;
  /** lines accepted with a remark (e.g. département unknown to the platform) */
  warnings: Rejection[];
};

export class DirectoryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DirectoryFormatError";
  }
}

const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().trim();

/** The establishment's kind as shown to users, or null for establishments outside the scope. */
export function kindOf(type: string, nature: string | undefined): string | null {
  const t = fold(type);
  const n = fold(nature ?? "");
  if (t === "EREA" || n.includes("EREA") || n.startsWith("ETABLISSEMENT REGIONAL")) return "EREA";
  if (t === "COLLEGE") return "Collège";
  if (t === "LYCEE") {
    if (n.includes("PROFESSIONNEL")) return "Lycée professionnel";
    if (n.includes("AGRICOLE")) return "Lycée agricole";
    return "Lycée";
  }
  return null;
}

/** "026" → "26", "02A" → "2A", "971" → "971"; null when it cannot be a département code. */
export function departementFromDirectory(raw: string): string | null {
  const v = raw.trim().toUpperCase();
  if (/^0\d{2}$/.test(v) || /^02[AB]$/.test(v)) return v.slice(1);
  if (/^\d{2}$/.test(v) || /^2[AB]$/.test(v) || /^9[78]\d$/.test(v)) return v;
  return null;
}

function statusOf(raw: string): boolean | null {
  const v = fold(raw);
  if (v === "PUBLIC") return true;
  if (v === "PRIVE") return false;
  return null;
}

/**
 * Reads the file's text. `knownDepartements`: codes of the platform's département table; a
 * school of another code is kept without département (a warning, not a rejection).
 */
export function parseDirectory(text: string, knownDepartements: ReadonlySet<string>): ParsedDirectory {
  const rows = parseCsv(text, ";");
  const [header, ...records] = rows;
  if (!header) throw new DirectoryFormatError("Fichier vide : la ligne d'en-tête de l'annuaire est attendue.");
  const names = header.map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(Object.entries(ANNUAIRE_COLUMNS).map(([k, col]) => [k, names.indexOf(col)])) as Record<keyof typeof ANNUAIRE_COLUMNS, number>;
  const missing = REQUIRED.filter((k) => index[k] < 0).map((k) => ANNUAIRE_COLUMNS[k]);
  if (missing.length) {
    throw new DirectoryFormatError(
      `Colonnes absentes de l'en-tête : ${missing.join(", ")}. Le fichier attendu est l'export CSV (séparateur « ; ») de l'annuaire de l'éducation.`,
    );
  }
  const out: ParsedDirectory = { lines: [], rejected: [], ignored: 0, warnings: [] };
  const seen = new Map<string, number>();
  records.forEach((cells, k) => {
    const line = k + 2;
    const cell = (key: keyof typeof ANNUAIRE_COLUMNS) => (index[key] >= 0 ? (cells[index[key]] ?? "").trim() : "");
    const rawUai = cell("uai");
    const reject = (reason: string) => out.rejected.push({ line, uai: rawUai || null, reason });
    if (cells.length !== header.length) return reject(`ligne mal formée : ${cells.length} colonne${cells.length > 1 ? "s" : ""} au lieu de ${header.length}`);
    const kind = kindOf(cell("type"), index.nature >= 0 ? cell("nature") : undefined);
    if (!rawUai) return reject("identifiant de l'établissement (UAI) manquant");
    const uaiMessage = uaiError(rawUai);
    if (uaiMessage) return reject(uaiMessage);
    if (kind === null) {
      out.ignored += 1;
      return;
    }
    const uai = normalizeUai(rawUai);
    const name = cell("name");
    if (!name) return reject("nom de l'établissement manquant");
    const isPublic = statusOf(cell("status"));
    if (isPublic === null) return reject(`statut « ${cell("status")} » inconnu (Public ou Privé attendu)`);
    const first = seen.get(uai);
    if (first !== undefined) return reject(`UAI ${uai} en double dans le fichier (déjà lu ligne ${first})`);
    seen.set(uai, line);
    let departementCode = departementFromDirectory(cell("departement"));
    if (!departementCode || !knownDepartements.has(departementCode)) {
      out.warnings.push({ line, uai, reason: `code département « ${cell("departement")} » inconnu de la plateforme : établissement importé sans département` });
      departementCode = null;
    }
    out.lines.push({
      line,
      school: { uai, name, kind, isPublic, communeCode: cell("communeCode") || null, communeName: cell("communeName") || null, departementCode },
    });
  });
  return out;
}

export type ImportReport = {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  ignored: number;
  rejected: Rejection[];
  warnings: Rejection[];
};

const BATCH = 500;

/**
 * Upserts the parsed lines, by batches. A row is updated only when a directory field differs
 * (names, kind, sector, commune, département); demo flags and creation dates are left alone.
 */
export async function importDirectory(db: Db, text: string): Promise<ImportReport> {
  const known = new Set((await db.select({ code: departements.code }).from(departements)).map((d) => d.code));
  const parsed = parseDirectory(text, known);
  const report: ImportReport = {
    read: parsed.lines.length + parsed.rejected.length + parsed.ignored,
    created: 0,
    updated: 0,
    unchanged: 0,
    ignored: parsed.ignored,
    rejected: parsed.rejected,
    warnings: parsed.warnings,
  };
  for (let i = 0; i < parsed.lines.length; i += BATCH) {
    const batch = parsed.lines.slice(i, i + BATCH);
    const written = await db
      .insert(schools)
      .values(batch.map((b) => b.school))
      .onConflictDoUpdate({
        target: schools.uai,
        set: {
          name: sql`excluded.name`,
          kind: sql`excluded.kind`,
          isPublic: sql`excluded.is_public`,
          communeCode: sql`excluded.commune_code`,
          communeName: sql`excluded.commune_name`,
          departementCode: sql`excluded.departement_code`,
        },
        setWhere: sql`(${schools.name}, ${schools.kind}, ${schools.isPublic}, ${schools.communeCode}, ${schools.communeName}, ${schools.departementCode})
          is distinct from (excluded.name, excluded.kind, excluded.is_public, excluded.commune_code, excluded.commune_name, excluded.departement_code)`,
      })
      // xmax = 0: the row was inserted by this statement; otherwise it was updated.
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    const created = written.filter((w) => w.inserted === true || (w.inserted as unknown) === "t").length;
    report.created += created;
    report.updated += written.length - created;
    report.unchanged += batch.length - written.length;
  }
  return report;
}

/** The report in French, for the command line. */
export function formatReport(r: ImportReport, maxListed = 50): string {
  const lines = [
    `Lignes lues : ${r.read}`,
    `  créées : ${r.created}`,
    `  mises à jour : ${r.updated}`,
    `  inchangées : ${r.unchanged}`,
    `  ignorées (ni collège, ni lycée, ni EREA) : ${r.ignored}`,
    `  rejetées : ${r.rejected.length}`,
  ];
  if (r.rejected.length) {
    lines.push("", "Lignes rejetées :");
    for (const x of r.rejected.slice(0, maxListed)) lines.push(`  ligne ${x.line}${x.uai ? ` (${x.uai})` : ""} : ${x.reason}`);
    if (r.rejected.length > maxListed) lines.push(`  … et ${r.rejected.length - maxListed} autres`);
  }
  if (r.warnings.length) {
    lines.push("", "Remarques :");
    for (const x of r.warnings.slice(0, maxListed)) lines.push(`  ligne ${x.line}${x.uai ? ` (${x.uai})` : ""} : ${x.reason}`);
    if (r.warnings.length > maxListed) lines.push(`  … et ${r.warnings.length - maxListed} autres`);
  }
  return lines.join("\n");
}
