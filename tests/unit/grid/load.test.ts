import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  GridValidationError,
  compareVersions,
  loadAllGrids,
  loadGrid,
  parseGrid,
} from "@/lib/grid/load";
import { cleanupTempDirs, criterionOf, makeTempRoot, rawCriterion, rawGrid, writeGrid, type Raw } from "./helpers";

const REAL_DIR = path.join(process.cwd(), "criteria", "2025.1");

afterAll(cleanupTempDirs);

/** Run `fn`, expect a GridValidationError, return it. */
function validationError(fn: () => unknown): GridValidationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GridValidationError);
    return error as GridValidationError;
  }
  throw new Error("une GridValidationError était attendue");
}

describe("la grille réelle 2025.1", () => {
  const grid = loadGrid(REAL_DIR);

  it("se charge avec au moins 45 critères répartis sur les 4 axes", () => {
    expect(grid.version).toBe("2025.1");
    expect(grid.criteria.length).toBeGreaterThanOrEqual(45);
    expect(grid.axes.map((a) => a.id)).toEqual(["INT", "SEC", "NR", "SOC"]);
    for (const axis of grid.axes) {
      expect(grid.criteria.filter((c) => c.axis === axis.id).length, axis.id).toBeGreaterThan(0);
    }
  });

  it("a une échelle 0–4 avec les libellés du produit", () => {
    expect(grid.scale.map((s) => s.label.toLowerCase())).toEqual([
      "non pris en compte",
      "initial",
      "partiel",
      "conforme",
      "exemplaire",
    ]);
  });

  it("couvre les six services socles, SCOPE et CRDC en « lecture » et non opposables", () => {
    const soc = grid.axes.find((a) => a.id === "SOC")!;
    for (const theme of ["educonnect", "guichets-agent", "gar", "dnma", "scope", "crdc"]) {
      expect(soc.themes.map((t) => t.id)).toContain(theme);
      expect(grid.criteria.some((c) => c.theme === theme), theme).toBe(true);
    }
    for (const theme of ["scope", "crdc"]) {
      const criteria = grid.criteria.filter((c) => c.theme === theme);
      expect(criteria.length).toBeGreaterThan(0);
      for (const c of criteria) {
        expect(c.basis).toBe("lecture");
        expect(c.force).toBe("recommande");
        expect(c.aide).toBeTruthy();
      }
    }
  });

  it("couvre les thèmes éthiques du numérique responsable", () => {
    for (const theme of ["accessibilite", "ecoconception", "deconnexion", "identite-eleve", "ia"]) {
      expect(grid.criteria.some((c) => c.axis === "NR" && c.theme === theme), theme).toBe(true);
    }
  });

  it("donne à chaque critère un identifiant unique préfixé par son axe, une référence et 5 niveaux", () => {
    const ids = grid.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of grid.criteria) {
      expect(c.id.startsWith(`${c.axis}-`)).toBe(true);
      expect(c.reference.document.length).toBeGreaterThan(0);
      expect(c.niveaux).toHaveLength(5);
      expect(c.preuves.length).toBeGreaterThan(0);
    }
  });

  it("trie les critères par axe puis par numéro", () => {
    const order = grid.criteria.map((c) => `${grid.axes.findIndex((a) => a.id === c.axis)}-${c.id}`);
    expect(order).toEqual([...order].sort());
  });

  it("n'utilise pas l'espace fine insécable U+202F (illisible dans les PDF)", () => {
    for (const file of fs.readdirSync(REAL_DIR)) {
      expect(fs.readFileSync(path.join(REAL_DIR, file), "utf8"), file).not.toContain("\u202f");
    }
  });

  it("est trouvée par loadAllGrids dans criteria/", () => {
    const grids = loadAllGrids();
    expect(grids.map((g) => g.version)).toContain("2025.1");
  });
});

describe("une grille mal formée", () => {
  it("nomme le fichier, le critère et le champ quand un niveau manque", () => {
    const grid = rawGrid();
    const c = criterionOf(grid, "axe-b.yaml", 1);
    delete (c.niveaux as Raw)[3];
    const dir = writeGrid(grid);

    const error = validationError(() => loadGrid(dir));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      file: expect.stringMatching(/axe-b\.yaml$/),
      criterionId: "BB-02",
      field: "niveaux",
    });
    expect(error.message).toContain("axe-b.yaml, critère BB-02, champ « niveaux » : il faut exactement 5 textes");
  });

  it("refuse une liste de niveaux qui n'a pas 5 textes", () => {
    const grid = rawGrid();
    criterionOf(grid, "axe-a.yaml", 0).niveaux = ["a", "b", "c", "d", "e", "f"];
    const error = validationError(() => loadGrid(writeGrid(grid)));
    expect(error.message).toMatch(/critère AA-01, champ « niveaux » : il faut exactement 5 textes de niveau \(0 à 4\), 6 trouvé/);
  });

  it("accepte une liste de 5 niveaux à la place d'une table", () => {
    const grid = rawGrid();
    criterionOf(grid, "axe-a.yaml", 0).niveaux = ["z0", "z1", "z2", "z3", "z4"];
    const loaded = loadGrid(writeGrid(grid));
    expect(loaded.criteria.find((c) => c.id === "AA-01")!.niveaux).toEqual(["z0", "z1", "z2", "z3", "z4"]);
  });

  it("signale chaque problème (poids, énumération, champ inconnu, champ manquant) avec son critère", () => {
    const grid = rawGrid();
    Object.assign(criterionOf(grid, "axe-a.yaml", 0), { poids: 5, force: "obligatoire", titre: "faute de frappe" });
    delete criterionOf(grid, "axe-b.yaml", 0).attendu;
    const error = validationError(() => loadGrid(writeGrid(grid)));
    const lines = error.issues.map((i) => `${i.criterionId}|${i.field}`);
    expect(lines).toEqual(expect.arrayContaining(["AA-01|poids", "AA-01|force", "AA-01|titre", "BB-01|attendu"]));
    expect(error.message).toContain("critère AA-01, champ « poids » : le poids va de 1 à 3");
    expect(error.message).toContain("critère BB-01, champ « attendu » : champ obligatoire manquant");
    expect(error.message).toContain("« opposable »");
  });

  it("nomme un critère sans identifiant par sa position", () => {
    const grid = rawGrid();
    delete criterionOf(grid, "axe-b.yaml", 1).id;
    const error = validationError(() => loadGrid(writeGrid(grid)));
    expect(error.message).toContain("critère n° 2 (sans identifiant), champ « id » : champ obligatoire manquant");
  });

  it("refuse un identifiant en double, y compris d'un fichier à l'autre", () => {
    const grid = rawGrid();
    (grid.axes["axe-b.yaml"]!.criteria as Raw[]).push(rawCriterion("BB-01", "theme-b"));
    let error = validationError(() => loadGrid(writeGrid(grid)));
    expect(error.message).toMatch(/critère BB-01, champ « id » : identifiant en double/);

    const other = rawGrid();
    other.axes["axe-c.yaml"] = { axis: "AA", criteria: [rawCriterion("AA-01", "theme-a")] };
    error = validationError(() => loadGrid(writeGrid(other)));
    expect(error.message).toMatch(/identifiant en double|un seul fichier par axe/);
  });

  it("refuse un préfixe d'identifiant qui ne correspond pas à l'axe du fichier", () => {
    const grid = rawGrid();
    criterionOf(grid, "axe-b.yaml", 0).id = "AA-09";
    const error = validationError(() => loadGrid(writeGrid(grid)));
    expect(error.message).toContain("axe-b.yaml, critère AA-09, champ « id » : le préfixe « AA » ne correspond pas à l'axe du fichier (BB)");
  });

  it("refuse un thème qui n'est pas déclaré dans l'axe", () => {
    const grid = rawGrid();
    criterionOf(grid, "axe-a.yaml", 1).theme = "theme-b";
    const error = validationError(() => loadGrid(writeGrid(grid)));
    expect(error.message).toContain("critère AA-02, champ « theme » : thème inconnu dans l'axe AA");
  });

  it("refuse un axe déclaré sans critère et un fichier d'axe non déclaré", () => {
    const grid = rawGrid();
    grid.axes["axe-c.yaml"] = { axis: "CC", criteria: [rawCriterion("CC-01", "x")] };
    delete grid.axes["axe-b.yaml"];
    const error = validationError(() => loadGrid(writeGrid(grid)));
    expect(error.message).toContain("aucun critère pour l'axe BB");
    expect(error.message).toContain("l'axe CC n'est pas déclaré");

    const empty = rawGrid();
    empty.axes["axe-b.yaml"]!.criteria = [];
    expect(validationError(() => loadGrid(writeGrid(empty))).message).toContain(
      "axe-b.yaml, champ « criteria » : au moins un critère par axe est attendu",
    );
  });

  it("refuse une applicabilité qui cite une catégorie ou un indicateur inconnus", () => {
    const grid = rawGrid();
    criterionOf(grid, "axe-a.yaml", 1).applicabilite = { categories: ["lycee"], si: ["ia"] };
    const error = validationError(() => loadGrid(writeGrid(grid)));
    expect(error.issues[0]).toMatchObject({ criterionId: "AA-02", field: "applicabilite.categories.0" });
  });

  it("exige une version entre guillemets et une échelle 0–4", () => {
    const grid = rawGrid();
    grid.meta.version = 2099.1;
    (grid.meta.scale as Raw[]).pop();
    const error = validationError(() => loadGrid(writeGrid(grid)));
    expect(error.message).toContain("grille.yaml, champ « version » : texte entre guillemets attendu");
    expect(error.message).toContain("grille.yaml, champ « scale » : l'échelle compte exactement 5 niveaux");
  });

  it("signale une erreur de syntaxe YAML avec sa ligne", () => {
    const error = validationError(() =>
      parseGrid({ file: "g/grille.yaml", text: "version: \"2099.1\"\nlabel: [non fermé\n" }, []),
    );
    expect(error.issues[0]!.file).toBe("g/grille.yaml");
    expect(error.message).toMatch(/YAML illisible \(ligne \d+/);
  });

  it("refuse une clé YAML en double", () => {
    const grid = rawGrid();
    const dir = writeGrid(grid);
    fs.appendFileSync(path.join(dir, "grille.yaml"), "label: Deuxième libellé\n");
    expect(validationError(() => loadGrid(dir)).message).toMatch(/grille\.yaml : YAML illisible/);
  });

  it("signale l'absence de grille.yaml", () => {
    const root = makeTempRoot();
    expect(validationError(() => loadGrid(root)).message).toContain("grille.yaml : fichier introuvable");
  });
});

describe("loadAllGrids", () => {
  it("trie les versions et exige que le dossier porte le nom de la version", () => {
    const root = makeTempRoot();
    for (const version of ["2099.10", "2099.2", "2098.1"]) {
      const grid = rawGrid();
      grid.meta.version = version;
      writeGrid(grid, { root, dirName: version });
    }
    fs.writeFileSync(path.join(root, "README.md"), "ignoré");
    expect(loadAllGrids(root).map((g) => g.version)).toEqual(["2098.1", "2099.2", "2099.10"]);

    const wrong = rawGrid();
    wrong.meta.version = "2099.3";
    writeGrid(wrong, { root, dirName: "2099.4" });
    expect(validationError(() => loadAllGrids(root)).message).toContain(
      "la version « 2099.3 » doit être identique au nom du dossier « 2099.4 »",
    );
  });

  it("échoue s'il n'y a aucune grille", () => {
    expect(validationError(() => loadAllGrids(makeTempRoot())).message).toContain("aucune version de grille");
  });

  it("compare les versions numériquement", () => {
    expect(["2026.1", "2025.10", "2025.2", "2025.1"].sort(compareVersions)).toEqual([
      "2025.1",
      "2025.2",
      "2025.10",
      "2026.1",
    ]);
  });
});
