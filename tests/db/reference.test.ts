import { describe, it, expect, beforeAll, afterAll } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, count, eq, sum } from "drizzle-orm";
import { runMigrations } from "@/db/migrate";
import { loadReferenceData, referenceDir } from "@/lib/startup/reference";
import * as s from "@/db/schema";
import { targets, type TestDb } from "./targets";

async function snapshot(db: TestDb) {
  return {
    departements: await db.db.select().from(s.departements).orderBy(asc(s.departements.code)),
    e2018: await db.db.select().from(s.entDeploiement2018).orderBy(asc(s.entDeploiement2018.departementCode)),
    e2025: await db.db.select().from(s.entDeploiement2025).orderBy(asc(s.entDeploiement2025.departementCode)),
    projets: await db.db.select().from(s.projetsEnt).orderBy(asc(s.projetsEnt.id)),
    links: await db.db.select().from(s.projetEntDepartements).orderBy(asc(s.projetEntDepartements.projetId), asc(s.projetEntDepartements.departementCode)),
    chiffres: await db.db.select().from(s.chiffresNationaux).orderBy(asc(s.chiffresNationaux.id)),
  };
}

describe.each(targets)("reference data on $name", (target) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await target.create();
    await runMigrations(db);
  });
  afterAll(async () => db?.dispose());

  it("loads the 105 départements, 101 rows of 2018 and 105 rows of 2025 with the seeds' values", async () => {
    const report = await loadReferenceData(db.db);
    expect(report.every((r) => !r.skipped)).toBe(true);
    const [{ n: nDep }] = await db.db.select({ n: count() }).from(s.departements);
    const [{ n: n2018 }] = await db.db.select({ n: count() }).from(s.entDeploiement2018);
    const [{ n: n2025 }] = await db.db.select({ n: count() }).from(s.entDeploiement2025);
    expect([nDep, n2018, n2025]).toEqual([105, 101, 105]);

    const [corse] = await db.db.select().from(s.departements).where(eq(s.departements.code, "2A"));
    expect(corse).toMatchObject({ name: "Corse-du-Sud", academie: "Corse" });

    // Eure-et-Loir: "En réflexion ou pas de projet" yet 39 public collèges, as in seed 000.
    const [eure] = await db.db.select().from(s.entDeploiement2018).where(eq(s.entDeploiement2018.departementCode, "28"));
    expect(eure).toMatchObject({ etat: "En réflexion ou pas de projet", collegesPublics: 39, collegesPrives: 0 });

    // Gironde 2025: "-" in the seed, kept as no value rather than 0.
    const [gironde] = await db.db.select().from(s.entDeploiement2025).where(eq(s.entDeploiement2025.departementCode, "33"));
    expect(gironde).toMatchObject({ etat: "Pas de projet ENT ou inconnu", collegesPublicsAvecEnt: null });

    const [{ total }] = await db.db.select({ total: sum(s.entDeploiement2025.collegesPublicsAvecEnt) }).from(s.entDeploiement2025);
    expect(Number(total)).toBe(4840);
    const [{ pub }] = await db.db.select({ pub: sum(s.entDeploiement2018.collegesPublics) }).from(s.entDeploiement2018);
    expect(Number(pub)).toBe(4889);

    const idf = await db.db.select().from(s.projetEntDepartements).where(eq(s.projetEntDepartements.projetId, "monlycee-net"));
    expect(idf.map((l) => l.departementCode).sort()).toEqual(["75", "77", "78", "91", "92", "93", "94", "95"]);
    const [{ n: nProjets }] = await db.db.select({ n: count() }).from(s.projetsEnt);
    const [{ n: nChiffres }] = await db.db.select({ n: count() }).from(s.chiffresNationaux);
    expect([nProjets, nChiffres]).toEqual([41, 44]);
  });

  it("leaves the same rows when loaded again, skipped or forced", async () => {
    const before = await snapshot(db);
    const again = await loadReferenceData(db.db);
    expect(again.every((r) => r.skipped)).toBe(true);
    await loadReferenceData(db.db, { force: true });
    expect(await snapshot(db)).toEqual(before);
  });

  it("updates the rows when a file changes", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reference-"));
    for (const f of fs.readdirSync(referenceDir())) {
      if (f.endsWith(".csv")) fs.copyFileSync(path.join(referenceDir(), f), path.join(dir, f));
    }
    const file = path.join(dir, "ent_deploiement_2025.csv");
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("01,Ain,Lyon,Déploiement massif,51");
    fs.writeFileSync(file, text.replace("01,Ain,Lyon,Déploiement massif,51", "01,Ain,Lyon,Déploiement massif,52"));
    try {
      const report = await loadReferenceData(db.db, { dir });
      expect(report.find((r) => r.dataset === "ent_deploiement_2025.csv")?.skipped).toBe(false);
      expect(report.find((r) => r.dataset === "departements.csv")?.skipped).toBe(true);
      const [ain] = await db.db.select().from(s.entDeploiement2025).where(eq(s.entDeploiement2025.departementCode, "01"));
      expect(ain.collegesPublicsAvecEnt).toBe(52);
      const [{ n }] = await db.db.select({ n: count() }).from(s.entDeploiement2025);
      expect(n).toBe(105);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await loadReferenceData(db.db); // back to the committed files
    }
    const [ain] = await db.db.select().from(s.entDeploiement2025).where(eq(s.entDeploiement2025.departementCode, "01"));
    expect(ain.collegesPublicsAvecEnt).toBe(51);
  });
});
