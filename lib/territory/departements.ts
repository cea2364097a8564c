/**
 * Départements and COM as the territorial pages read them: the row with both years of ENT
 * deployment, INSEE code order, the code check, and the row types of projects and schools.
 */
import { z } from "zod";

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

/** "2a" → "2A"; anything that cannot be an INSEE département or COM code is refused. */
export const departementCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(?:\d{2}|2[AB]|9[78]\d)$/, { error: "code de département inconnu" });

export type ProjetEnt = { id: string; name: string; territory: string; territoryType: string; notes: string | null };

export type SchoolRow = {
  uai: string;
  name: string;
  kind: string | null;
  isPublic: boolean;
  communeName: string | null;
  isDemo: boolean;
};
