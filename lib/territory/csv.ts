/**
 * The départements table as a CSV download.
 */
import { z } from "zod";
import { toCsv } from "../csv";
import type { DepartementRow } from "./departements";
import { nonRenseigne } from "./states";
import { sourceNotes } from "./wording";

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
