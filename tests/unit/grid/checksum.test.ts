import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalJson, gridChecksum } from "@/lib/grid/checksum";
import { loadGrid } from "@/lib/grid/load";
import { cleanupTempDirs, criterionOf, rawGrid, writeGrid, type Raw } from "./helpers";

afterAll(cleanupTempDirs);

/** Same object with its keys in reverse order, recursively. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Raw)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe("canonicalJson", () => {
  it("trie les clés, ignore undefined, garde l'ordre des tableaux", () => {
    expect(canonicalJson({ b: 1, a: [3, 1, { d: undefined, c: "é" }] })).toBe('{"a":[3,1,{"c":"é"}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it("refuse les valeurs non représentables", () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});

describe("gridChecksum", () => {
  const base = rawGrid();
  const reference = gridChecksum(loadGrid(writeGrid(base)));

  it("est un SHA-256 hexadécimal", () => {
    expect(reference).toMatch(/^[0-9a-f]{64}$/);
  });

  it("ne dépend ni de l'ordre des clés, ni de la mise en forme, ni de l'ordre des critères", () => {
    const reordered = rawGrid();
    reordered.meta = reverseKeys(reordered.meta) as Raw;
    for (const [file, content] of Object.entries(reordered.axes)) {
      const list = [...(content.criteria as Raw[])].reverse().map(reverseKeys);
      reordered.axes[file] = reverseKeys({ ...content, criteria: list }) as Raw;
    }
    const dir = writeGrid(reordered);
    // Comments and blank lines are formatting too.
    const metaFile = path.join(dir, "grille.yaml");
    fs.writeFileSync(metaFile, `# commentaire\n\n${fs.readFileSync(metaFile, "utf8")}`);

    expect(gridChecksum(loadGrid(dir))).toBe(reference);
  });

  it("ne dépend pas de la répartition des fichiers ni de leurs noms", () => {
    const renamed = rawGrid();
    renamed.axes = { "zz-premier.yaml": renamed.axes["axe-b.yaml"]!, "aa-second.yaml": renamed.axes["axe-a.yaml"]! };
    expect(gridChecksum(loadGrid(writeGrid(renamed)))).toBe(reference);
  });

  it("change quand un titre change", () => {
    const changed = rawGrid();
    criterionOf(changed, "axe-a.yaml", 0).title = "Titre modifié";
    expect(gridChecksum(loadGrid(writeGrid(changed)))).not.toBe(reference);
  });

  it("change quand un texte de niveau, un poids ou l'ordre des axes change", () => {
    const level = rawGrid();
    (criterionOf(level, "axe-b.yaml", 1).niveaux as Raw)[2] = "Autre texte";
    const weight = rawGrid();
    criterionOf(weight, "axe-b.yaml", 1).poids = 3;
    const axes = rawGrid();
    (axes.meta.axes as Raw[]).reverse();
    for (const variant of [level, weight, axes]) {
      expect(gridChecksum(loadGrid(writeGrid(variant)))).not.toBe(reference);
    }
  });
});
