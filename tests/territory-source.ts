/**
 * The repo's copy of the ministry's tables (db/reference/*.csv), read directly: what the territorial
 * pages and the CSV download must show, for every département and COM (fidelity tests).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsvRecords } from "../lib/csv";

const dir = fileURLToPath(new URL("../db/reference/", import.meta.url));
const read = (file: string) => parseCsvRecords(fs.readFileSync(path.join(dir, file), "utf8"));

export type SourceTerritory = {
  code: string;
  name: string;
  academie: string;
  regionAcademique: string;
  zone: string;
  /** undefined when the territory is absent from that year's table */
  e2018?: { etat: string; commentaire: string; publics: string; prives: string };
  e2025?: { etat: string; avecEnt: string };
};

export function sourceTerritories(): SourceTerritory[] {
  const t2018 = new Map(read("ent_deploiement_2018.csv").map((r) => [r.departement_code, r]));
  const t2025 = new Map(read("ent_deploiement_2025.csv").map((r) => [r.departement_code, r]));
  return read("departements.csv").map((d) => {
    const a = t2018.get(d.code);
    const b = t2025.get(d.code);
    return {
      code: d.code,
      name: d.name,
      academie: d.academie,
      regionAcademique: d.region_academique,
      zone: d.zone,
      e2018: a && { etat: a.etat, commentaire: a.commentaire, publics: a.colleges_publics, prives: a.colleges_prives },
      e2025: b && { etat: b.etat, avecEnt: b.colleges_publics_avec_ent },
    };
  });
}

/** Projects (name) covering each code, in the file's order. */
export function sourceProjets(): Map<string, { name: string; territory: string; notes: string }[]> {
  const byCode = new Map<string, { name: string; territory: string; notes: string }[]>();
  for (const p of read("projets_ent.csv")) {
    for (const code of p.departement_codes.split(";")) {
      const list = byCode.get(code) ?? [];
      list.push({ name: p.name, territory: p.territory, notes: p.notes });
      byCode.set(code, list);
    }
  }
  return byCode;
}
