import { afterAll, describe, expect, it } from "vitest";
import { diffGrids } from "@/lib/grid/diff";
import { loadGrid } from "@/lib/grid/load";
import { cleanupTempDirs, criterionOf, rawCriterion, rawGrid, writeGrid, type Raw } from "./helpers";

afterAll(cleanupTempDirs);

describe("diffGrids", () => {
  const a = loadGrid(writeGrid(rawGrid()));

  it("ne trouve rien entre une grille et elle-même", () => {
    expect(diffGrids(a, a)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("détecte les critères ajoutés, retirés et modifiés, champ par champ", () => {
    const next = rawGrid();
    next.meta.version = "2099.2";
    const bb = next.axes["axe-b.yaml"]!.criteria as Raw[];
    bb.splice(0, 1); // BB-01 retiré
    bb.push(rawCriterion("BB-03", "theme-b")); // BB-03 ajouté
    Object.assign(criterionOf(next, "axe-a.yaml", 0), { title: "Nouveau titre", poids: 1 });
    (criterionOf(next, "axe-a.yaml", 0).niveaux as Raw)[4] = "Exemplaire, autrement dit";
    criterionOf(next, "axe-a.yaml", 1).applicabilite = { si: ["ia", "mobile"] };
    criterionOf(next, "axe-a.yaml", 1).note = "Nouvelle note";
    const b = loadGrid(writeGrid(next));

    const diff = diffGrids(a, b);
    expect(diff.added.map((c) => c.id)).toEqual(["BB-03"]);
    expect(diff.removed.map((c) => c.id)).toEqual(["BB-01"]);
    expect(diff.changed).toEqual([
      { id: "AA-01", fields: ["title", "niveaux", "poids"] },
      { id: "AA-02", fields: ["applicabilite", "note"] },
    ]);
  });

  it("ne signale pas une simple différence d'écriture (clé absente / liste vide d'applicabilité)", () => {
    const next = rawGrid();
    criterionOf(next, "axe-b.yaml", 0).applicabilite = {};
    expect(diffGrids(a, loadGrid(writeGrid(next))).changed).toEqual([]);
  });
});
