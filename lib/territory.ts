/**
 * The territorial ENT context: départements with their 2018 and 2025 deployment, and national figures.
 * Reads the reference tables; no React.
 */
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { chiffresNationaux, departements, entDeploiement2018, entDeploiement2025 } from "@/db/schema";

export type DepartementRow = {
  code: string;
  name: string;
  academie: string;
  regionAcademique: string | null;
  zone: string;
  etat2018: string | null;
  collegesPublics2018: number | null;
  collegesPrives2018: number | null;
  etat2025: string | null;
  collegesPublicsAvecEnt2025: number | null;
};

/** Sort key for INSEE codes: 01…19, 2A, 2B, 21…95, then 971… */
export function departementSortKey(code: string): string {
  if (code === "2A") return "20.1";
  if (code === "2B") return "20.2";
  return code.padStart(3, "0");
}

export async function listDepartements(db: Db): Promise<DepartementRow[]> {
  const rows = await db
    .select({
      code: departements.code,
      name: departements.name,
      academie: departements.academie,
      regionAcademique: departements.regionAcademique,
      zone: departements.zone,
      etat2018: entDeploiement2018.etat,
      collegesPublics2018: entDeploiement2018.collegesPublics,
      collegesPrives2018: entDeploiement2018.collegesPrives,
      etat2025: entDeploiement2025.etat,
      collegesPublicsAvecEnt2025: entDeploiement2025.collegesPublicsAvecEnt,
    })
    .from(departements)
    .leftJoin(entDeploiement2018, eq(entDeploiement2018.departementCode, departements.code))
    .leftJoin(entDeploiement2025, eq(entDeploiement2025.departementCode, departements.code))
    .orderBy(asc(departements.code));
  return rows.sort((a, b) => departementSortKey(a.code).localeCompare(departementSortKey(b.code)));
}

export async function listNationalFigures(db: Db) {
  return db.select().from(chiffresNationaux).orderBy(asc(chiffresNationaux.position));
}

/** Counts per state, in the order of first appearance. */
export function countByState(rows: DepartementRow[], key: "etat2018" | "etat2025"): { state: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const state = row[key] ?? "Pas de donnée";
    counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return [...counts].map(([state, count]) => ({ state, count }));
}
