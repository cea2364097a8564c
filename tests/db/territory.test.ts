import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { runMigrations } from "@/db/migrate";
import { loadReferenceData } from "@/lib/startup/reference";
import { schools } from "@/db/schema";
import { parseCsv } from "@/lib/csv";
import {
  CSV_HEADERS,
  countSchoolsByDepartement,
  departementsCsv,
  findGroup,
  getDepartement,
  getDepartementCached,
  legend,
  listDepartements,
  listDepartementsCached,
  DEPARTEMENTS_CACHE_MS,
  listNationalFigures,
  listNationalFiguresCached,
  listProjetsForDepartement,
  listProjetsForDepartementCached,
  listProjetsForDepartements,
  listSchoolsForDepartement,
  listSchoolsForDepartementCached,
  pickNationalFigures,
  REFERENCE_CACHE_MS,
  SCHOOLS_CACHE_MS,
} from "@/lib/territory";
import { sourceProjets, sourceTerritories } from "../territory-source";
import { targets, type TestDb } from "./targets";

const num = (cell: string) => (cell === "" ? null : Number(cell));

describe.each(targets)("territorial context on $name", (target) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await target.create();
    await runMigrations(db);
    await loadReferenceData(db.db);
  });
  afterAll(async () => db?.dispose());

  it("lists the 105 territories in code order with exactly the values of the repo's files", async () => {
    const rows = await listDepartements(db.db);
    const source = sourceTerritories();
    expect(rows).toHaveLength(105);
    expect(rows.slice(18, 22).map((r) => r.code)).toEqual(["19", "2A", "2B", "21"]);
    expect(rows.at(-1)?.code).toBe("988");
    const byCode = new Map(rows.map((r) => [r.code, r]));
    for (const s of source) {
      const r = byCode.get(s.code);
      expect(r, s.code).toBeDefined();
      expect(
        {
          name: r!.name,
          academie: r!.academie,
          regionAcademique: r!.regionAcademique ?? "",
          zone: r!.zone,
          etat2018: r!.etat2018,
          commentaire2018: r!.commentaire2018,
          collegesPublics2018: r!.collegesPublics2018,
          collegesPrives2018: r!.collegesPrives2018,
          etat2025: r!.etat2025,
          collegesPublicsAvecEnt2025: r!.collegesPublicsAvecEnt2025,
        },
        s.code,
      ).toEqual({
        name: s.name,
        academie: s.academie,
        regionAcademique: s.regionAcademique,
        zone: s.zone,
        etat2018: s.e2018?.etat ?? null,
        commentaire2018: s.e2018?.commentaire ?? null,
        collegesPublics2018: s.e2018 ? Number(s.e2018.publics) : null,
        collegesPrives2018: s.e2018 ? Number(s.e2018.prives) : null,
        etat2025: s.e2025?.etat ?? null,
        collegesPublicsAvecEnt2025: s.e2025 ? num(s.e2025.avecEnt) : null,
      });
    }
  });

  it("counts the states of each year as the data README does", async () => {
    const rows = await listDepartements(db.db);
    expect(legend(rows, "2018").map((e) => [e.state, e.count])).toEqual([
      ["Généralisation à 100%", 84],
      ["Généralisation à 50% ou plus", 5],
      ["Expérimentation", 4],
      ["En réflexion ou pas de projet", 8],
      ["Non renseigné en 2018", 4],
    ]);
    expect(legend(rows, "2025").map((e) => [e.state, e.count])).toEqual([
      ["Déploiement massif", 93],
      ["En cours de déploiement", 7],
      ["Pas de projet ENT ou inconnu", 5],
    ]);
  });

  it("writes a CSV download whose 105 rows match the repo's files cell for cell", async () => {
    const csv = departementsCsv(await listDepartements(db.db));
    const [header, ...lines] = parseCsv(csv, ";");
    expect(header).toEqual([...CSV_HEADERS]);
    expect(lines).toHaveLength(105);
    const source = new Map(sourceTerritories().map((s) => [s.code, s]));
    for (const line of lines) {
      const s = source.get(line[0])!;
      expect(line.slice(0, 10), line[0]).toEqual([
        s.code,
        s.name,
        s.academie,
        s.regionAcademique,
        s.e2018?.etat ?? "Non renseigné en 2018",
        s.e2018?.commentaire ?? "",
        s.e2018?.publics ?? "",
        s.e2018?.prives ?? "",
        s.e2025?.etat ?? "Non renseigné en 2025",
        s.e2025?.avecEnt ?? "",
      ]);
    }
    const eure = lines.find((l) => l[0] === "28")!;
    expect(eure[10]).toContain("39 collèges");
  });

  it("finds a département by code, with the projects that cover it", async () => {
    expect(await getDepartement(db.db, "99")).toBeNull();
    const corse = await getDepartement(db.db, "2A");
    expect(corse).toMatchObject({ name: "Corse-du-Sud", academie: "Corse", etat2018: "Généralisation à 100%", collegesPublics2018: 14, collegesPrives2018: 1 });
    const projets = sourceProjets();
    for (const code of ["2A", "971", "77", "69", "987", "33"]) {
      const got = await listProjetsForDepartement(db.db, code);
      expect(got.map((p) => p.name), code).toEqual((projets.get(code) ?? []).map((p) => p.name));
    }
    const idf = await listProjetsForDepartements(db.db, ["77", "93"]);
    expect(idf.find((p) => p.name === "Monlycée.net")?.codes).toEqual(["77", "93"]);
  });

  it("lists the schools of a département known to the platform", async () => {
    await db.db.insert(schools).values([
      { uai: "0620001A", name: "Collège Zola", departementCode: "62", kind: "Collège", communeName: "Arras" },
      { uai: "0620002B", name: "Collège Arago", departementCode: "62", isPublic: false },
      { uai: "0590001C", name: "Lycée du Nord", departementCode: "59" },
    ]);
    expect((await listSchoolsForDepartement(db.db, "62")).map((s) => s.name)).toEqual(["Collège Arago", "Collège Zola"]);
    expect(await listSchoolsForDepartement(db.db, "2A")).toEqual([]);
    expect(Object.fromEntries(await countSchoolsByDepartement(db.db, ["59", "62", "80"]))).toEqual({ "59": 1, "62": 2 });
  });

  it("groups académies and régions académiques from the départements", async () => {
    const rows = await listDepartements(db.db);
    expect(findGroup(rows, "academie", "aix-marseille")?.rows.map((r) => r.code)).toEqual(["04", "05", "13", "84"]);
    expect(findGroup(rows, "academie", "normandie")?.rows.map((r) => r.code)).toEqual(["14", "27", "50", "61", "76"]);
    expect(findGroup(rows, "region-academique", "ile-de-france")?.rows).toHaveLength(8);
    expect(findGroup(rows, "academie", "inconnue")).toBeNull();
  });

  it("keeps the 105 rows in memory for a minute, then reads them again", async () => {
    const t0 = Date.now();
    const first = listDepartementsCached(db.db, t0);
    expect(listDepartementsCached(db.db, t0 + DEPARTEMENTS_CACHE_MS - 1)).toBe(first);
    expect(await first).toEqual(await listDepartements(db.db));
    const later = listDepartementsCached(db.db, t0 + DEPARTEMENTS_CACHE_MS);
    expect(later).not.toBe(first);
    expect(await later).toEqual(await first);
  });

  it("reads the département, its projects and the national figures from memory as the queries have them", async () => {
    const t0 = Date.now();
    for (const { code } of await listDepartements(db.db)) {
      expect(await getDepartementCached(db.db, code, t0), code).toEqual(await getDepartement(db.db, code));
      expect(await listProjetsForDepartementCached(db.db, code, t0), code).toEqual(await listProjetsForDepartement(db.db, code));
    }
    expect(await getDepartementCached(db.db, "99", t0)).toBeNull();
    expect(await listNationalFiguresCached(db.db, t0)).toEqual(await listNationalFigures(db.db));
    expect(listNationalFiguresCached(db.db, t0 + REFERENCE_CACHE_MS - 1)).toBe(listNationalFiguresCached(db.db, t0));
  });

  it("keeps a département's schools 10 seconds, then sees the new ones", async () => {
    const t0 = Date.now();
    const first = listSchoolsForDepartementCached(db.db, "80", t0);
    expect(await first).toEqual([]);
    await db.db.insert(schools).values({ uai: "0800001A", name: "Collège de la Somme", departementCode: "80" });
    expect(listSchoolsForDepartementCached(db.db, "80", t0 + SCHOOLS_CACHE_MS - 1)).toBe(first);
    const later = await listSchoolsForDepartementCached(db.db, "80", t0 + SCHOOLS_CACHE_MS);
    expect(later.map((s) => s.name)).toEqual(["Collège de la Somme"]);
    expect(later).toEqual(await listSchoolsForDepartement(db.db, "80"));
  });

  it("picks the 2025 national figures for collèges, ÉduConnect and GAR", async () => {
    const picked = pickNationalFigures(await listNationalFigures(db.db));
    expect(picked).toHaveLength(8);
    expect(picked[0]).toMatchObject({ indicator: "Part des collèges publics proposant un ENT", value: 89, unit: "%" });
    expect(picked.some((f) => f.indicator.startsWith("GAR"))).toBe(true);
    expect(picked.some((f) => f.indicator.startsWith("ÉduConnect"))).toBe(true);
  });
});
