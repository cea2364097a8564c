/**
 * Loads the reference tables (db/reference/*.csv, copied from the ministry's data, see
 * db/reference/README.md) into the database. Idempotent: a file whose checksum is unchanged is skipped;
 * a changed file updates its rows (upsert) and removes rows that left the file. One transaction.
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { eq, getTableColumns, notInArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { parseCsvRecords } from "../csv";
import { parseOptionalInt, slugify } from "../text";
import type { Db } from "@/db/client";
import {
  chiffresNationaux,
  departements,
  entDeploiement2018,
  entDeploiement2025,
  projetEntDepartements,
  projetsEnt,
  referenceLoads,
} from "@/db/schema";

export const referenceDir = () => path.join(process.cwd(), "db", "reference");

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Loader = (tx: Tx, rows: Record<string, string>[]) => Promise<void>;

const required = (row: Record<string, string>, key: string, line: number) => {
  const v = row[key];
  if (v === undefined || v.trim() === "") throw new Error(`ligne ${line} : la colonne « ${key} » est vide`);
  return v;
};

/** The `set` of an upsert: every column but the primary key takes the incoming (excluded) value. */
function updateAllBut(table: PgTable, primaryKey: string) {
  return Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([key]) => key !== primaryKey)
      .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
  );
}

const loaders: Record<string, Loader> = {
  "departements.csv": async (tx, rows) => {
    const values = rows.map((r, i) => ({
      code: required(r, "code", i + 2),
      name: required(r, "name", i + 2),
      academie: required(r, "academie", i + 2),
      regionAcademique: r.region_academique || null,
      region: r.region || null,
      zone: required(r, "zone", i + 2),
    }));
    // Départements are referenced by schools and projects: updated, never deleted here.
    await tx
      .insert(departements)
      .values(values)
      .onConflictDoUpdate({ target: departements.code, set: updateAllBut(departements, "code") });
  },
  "ent_deploiement_2018.csv": async (tx, rows) => {
    const values = rows.map((r, i) => ({
      departementCode: required(r, "departement_code", i + 2),
      labelSource: required(r, "departement_label_source", i + 2),
      academieSource: required(r, "academie_source", i + 2),
      etat: required(r, "etat", i + 2),
      commentaire: r.commentaire ?? "",
      collegesPublics: parseOptionalInt(r.colleges_publics, `ligne ${i + 2}`) ?? 0,
      collegesPrives: parseOptionalInt(r.colleges_prives, `ligne ${i + 2}`) ?? 0,
    }));
    await tx.delete(entDeploiement2018).where(notInArray(entDeploiement2018.departementCode, values.map((v) => v.departementCode)));
    await tx
      .insert(entDeploiement2018)
      .values(values)
      .onConflictDoUpdate({ target: entDeploiement2018.departementCode, set: updateAllBut(entDeploiement2018, "departementCode") });
  },
  "ent_deploiement_2025.csv": async (tx, rows) => {
    const values = rows.map((r, i) => ({
      departementCode: required(r, "departement_code", i + 2),
      labelSource: required(r, "departement_label_source", i + 2),
      academieSource: required(r, "academie_source", i + 2),
      etat: required(r, "etat", i + 2),
      collegesPublicsAvecEnt: parseOptionalInt(r.colleges_publics_avec_ent, `ligne ${i + 2}`),
    }));
    await tx.delete(entDeploiement2025).where(notInArray(entDeploiement2025.departementCode, values.map((v) => v.departementCode)));
    await tx
      .insert(entDeploiement2025)
      .values(values)
      .onConflictDoUpdate({ target: entDeploiement2025.departementCode, set: updateAllBut(entDeploiement2025, "departementCode") });
  },
  "projets_ent.csv": async (tx, rows) => {
    const values = rows.map((r, i) => ({
      id: slugify(required(r, "name", i + 2)),
      position: i + 1,
      name: required(r, "name", i + 2),
      territory: required(r, "territory", i + 2),
      territoryType: required(r, "territory_type", i + 2),
      sourceSeed: required(r, "source_seed", i + 2),
      notes: r.notes || null,
      departements: required(r, "departement_codes", i + 2).split(";").map((c) => c.trim()).filter(Boolean),
    }));
    assertUnique(values.map((v) => v.id), "projets_ent.csv");
    await tx.delete(projetsEnt).where(notInArray(projetsEnt.id, values.map((v) => v.id)));
    await tx
      .insert(projetsEnt)
      .values(values.map(({ departements: _d, ...v }) => v))
      .onConflictDoUpdate({ target: projetsEnt.id, set: updateAllBut(projetsEnt, "id") });
    // The links are derived data: replaced as a whole.
    await tx.delete(projetEntDepartements);
    await tx.insert(projetEntDepartements).values(values.flatMap((v) => v.departements.map((code) => ({ projetId: v.id, departementCode: code }))));
  },
  "chiffres_nationaux_2025.csv": async (tx, rows) => {
    const values = rows.map((r, i) => {
      const value = Number(required(r, "value", i + 2));
      if (!Number.isFinite(value)) throw new Error(`ligne ${i + 2} : valeur « ${r.value} » non numérique`);
      return {
        id: slugify(required(r, "indicator", i + 2)),
        position: i + 1,
        indicator: r.indicator,
        value,
        unit: required(r, "unit", i + 2),
        scope: required(r, "scope", i + 2),
        sourceSeed: required(r, "source_seed", i + 2),
        valueAsWritten: required(r, "value_as_written", i + 2),
      };
    });
    assertUnique(values.map((v) => v.id), "chiffres_nationaux_2025.csv");
    await tx.delete(chiffresNationaux).where(notInArray(chiffresNationaux.id, values.map((v) => v.id)));
    await tx
      .insert(chiffresNationaux)
      .values(values)
      .onConflictDoUpdate({ target: chiffresNationaux.id, set: updateAllBut(chiffresNationaux, "id") });
  },
};

function assertUnique(ids: string[], file: string) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`${file} : identifiant en double « ${id} »`);
    seen.add(id);
  }
}

/** Order matters: départements first (foreign keys). */
export const referenceDatasets = Object.keys(loaders);

export type ReferenceLoadReport = { dataset: string; rows: number; skipped: boolean }[];

export async function loadReferenceData(db: Db, options: { dir?: string; force?: boolean } = {}): Promise<ReferenceLoadReport> {
  const dir = options.dir ?? referenceDir();
  const files = referenceDatasets.map((dataset) => {
    const text = fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, dataset), "utf8");
    return { dataset, text, checksum: crypto.createHash("sha256").update(text).digest("hex") };
  });
  return db.transaction(async (tx) => {
    const report: ReferenceLoadReport = [];
    for (const { dataset, text, checksum } of files) {
      const [previous] = await tx.select().from(referenceLoads).where(eq(referenceLoads.dataset, dataset));
      if (!options.force && previous?.checksum === checksum) {
        report.push({ dataset, rows: previous.rowCount, skipped: true });
        continue;
      }
      let rows: Record<string, string>[];
      try {
        rows = parseCsvRecords(text);
        await loaders[dataset](tx, rows);
      } catch (error) {
        throw new Error(`Données de référence ${dataset} : ${(error as Error).message}`);
      }
      await tx
        .insert(referenceLoads)
        .values({ dataset, checksum, rowCount: rows.length })
        .onConflictDoUpdate({ target: referenceLoads.dataset, set: { checksum, rowCount: rows.length, loadedAt: new Date() } });
      report.push({ dataset, rows: rows.length, skipped: false });
    }
    return report;
  });
}
