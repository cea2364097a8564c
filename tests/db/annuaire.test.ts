/**
 * Import of the official school directory on the sample file tests/fixtures/annuaire-extrait.csv
 * (the official columns, fictional names): good lines in, bad lines rejected with their reason,
 * a second import changes nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { asc } from "drizzle-orm";
import { runMigrations } from "@/db/migrate";
import { loadReferenceData } from "@/lib/startup/reference";
import { schools } from "@/db/schema";
import { DirectoryFormatError, importDirectory, parseDirectory } from "@/lib/schools/annuaire";
import { targets, type TestDb } from "./targets";

const sample = fs.readFileSync(path.join(process.cwd(), "tests", "fixtures", "annuaire-extrait.csv"), "utf8");

describe.each(targets)("annuaire import on $name", (target) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await target.create();
    await runMigrations(db);
    await loadReferenceData(db.db);
  });
  afterAll(async () => db?.dispose());

  it("creates the collèges, lycées and EREA, ignores the école, rejects the bad lines with their reason", async () => {
    const r = await importDirectory(db.db, sample);
    expect({ read: r.read, created: r.created, updated: r.updated, unchanged: r.unchanged, ignored: r.ignored }).toEqual({
      read: 12,
      created: 7,
      updated: 0,
      unchanged: 0,
      ignored: 1,
    });
    expect(r.rejected).toEqual([
      { line: 10, uai: "0691664K", reason: "La lettre de contrôle du numéro UAI ne correspond pas : pour 0691664, la lettre attendue est J." },
      { line: 11, uai: "0380040M", reason: "ligne mal formée : 3 colonnes au lieu de 13" },
      { line: 12, uai: "0261099D", reason: "UAI 0261099D en double dans le fichier (déjà lu ligne 2)" },
      { line: 13, uai: "02610", reason: "Le numéro UAI doit comporter 7 chiffres suivis d'une lettre (par exemple 0260015A)." },
    ]);
    expect(r.warnings).toEqual([]);
    const rows = await db.db.select().from(schools).orderBy(asc(schools.uai));
    expect(rows.map((s) => [s.uai, s.kind, s.isPublic, s.departementCode, s.communeCode, s.communeName])).toEqual([
      ["0261099D", "Collège", true, "26", "26362", "Valence"],
      ["0330120B", "EREA", true, "33", "33063", "Bordeaux"],
      ["0380089R", "Lycée", true, "38", "38185", "Grenoble"],
      ["0690128P", "Lycée professionnel", true, "69", "69123", "Lyon"],
      ["0750680G", "Collège", false, "75", "75056", "Paris"],
      ["6200002H", "Collège", true, "2A", "2A004", "Ajaccio"],
      ["9710003B", "Lycée", true, "971", "97101", "Les Abymes"],
    ]);
    // A quoted name with the separator inside is read whole.
    expect(rows.find((s) => s.uai === "0750680G")?.name).toBe("Collège Saint-Exemple; site Nord");
    expect(rows.every((s) => !s.isDemo)).toBe(true);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await db.db.select().from(schools).orderBy(asc(schools.uai));
    const r = await importDirectory(db.db, sample);
    expect({ created: r.created, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected.length }).toEqual({ created: 0, updated: 0, unchanged: 7, rejected: 4 });
    expect(await db.db.select().from(schools).orderBy(asc(schools.uai))).toEqual(before);
  });

  it("updates a school whose directory line changed, and only that one", async () => {
    const changed = sample.replace("Collège des Platanes (exemple);Collège;Public", "Collège des Grands Platanes (exemple);Collège;Public");
    const r = await importDirectory(db.db, changed);
    expect({ created: r.created, updated: r.updated, unchanged: r.unchanged }).toEqual({ created: 0, updated: 1, unchanged: 6 });
    const [s] = (await db.db.select().from(schools)).filter((x) => x.uai === "0261099D");
    expect(s.name).toBe("Collège des Grands Platanes (exemple)");
  });

  it("refuses a file without the directory's columns, as a whole and with the missing names", async () => {
    await expect(importDirectory(db.db, "uai;nom\n0261099D;Collège\n")).rejects.toThrow(DirectoryFormatError);
    await expect(importDirectory(db.db, "uai;nom\n0261099D;Collège\n")).rejects.toThrow(/identifiant_de_l_etablissement, nom_etablissement/);
  });
});

describe("annuaire parsing (no database)", () => {
  it("keeps a school of an unknown département without département, with a remark", () => {
    const text = sample.split("\r\n").slice(0, 2).join("\r\n").replace(";026;", ";099;");
    const parsed = parseDirectory(text, new Set(["26"]));
    expect(parsed.lines.map((l) => l.school.departementCode)).toEqual([null]);
    expect(parsed.warnings[0].reason).toMatch(/code département « 099 » inconnu/);
  });
});
