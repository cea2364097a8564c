/**
 * The territorial queries, each taking a `Db`: départements with both years, ENT projects,
 * schools known to the platform, national figures.
 */
import { asc, eq, inArray } from "drizzle-orm";
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
import { compareCodes, type DepartementRow, type ProjetEnt, type SchoolRow } from "./departements";

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

export async function getDepartement(db: Db, code: string): Promise<DepartementRow | null> {
  const [row] = await departementQuery(db).where(eq(departements.code, code));
  return row ?? null;
}

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

/** The ENT projects of every département, each list in the seed's order (as listProjetsForDepartement); read by cache.ts. */
export async function projetsByDepartement(db: Db): Promise<Map<string, ProjetEnt[]>> {
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

/** Schools of the département known to the platform, by name. */
export async function listSchoolsForDepartement(db: Db, code: string): Promise<SchoolRow[]> {
  return db
    .select({ uai: schools.uai, name: schools.name, kind: schools.kind, isPublic: schools.isPublic, communeName: schools.communeName, isDemo: schools.isDemo })
    .from(schools)
    .where(eq(schools.departementCode, code))
    .orderBy(asc(schools.name), asc(schools.uai));
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
