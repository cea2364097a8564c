/**
 * Test helpers: a small valid grid as plain objects, written to a temporary folder as YAML so
 * that tests can break one field at a time and check the loader's message.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";

export type Raw = Record<string, unknown>;

export function niveaux(prefix = "Niveau"): Raw {
  return { 0: `${prefix} 0`, 1: `${prefix} 1`, 2: `${prefix} 2`, 3: `${prefix} 3`, 4: `${prefix} 4` };
}

export function rawCriterion(id: string, theme: string, extra: Raw = {}): Raw {
  return {
    id,
    theme,
    title: `Titre ${id}`,
    attendu: `Attendu ${id}`,
    niveaux: niveaux(id),
    reference: { document: "Document de test", section: "1.1", url: "https://example.org/doc" },
    basis: "lecture",
    force: "recommande",
    poids: 2,
    preuves: ["Une preuve"],
    ...extra,
  };
}

export interface RawGrid {
  meta: Raw;
  /** file name -> content */
  axes: Record<string, Raw>;
}

export function rawGrid(): RawGrid {
  return {
    meta: {
      version: "2099.1",
      label: "Grille de test",
      date: "2099-01-01",
      description: "Grille minimale pour les tests.",
      origine: "lecture",
      scale: [0, 1, 2, 3, 4].map((level) => ({ level, label: `N${level}`, description: `Niveau ${level}` })),
      axes: [
        { id: "AA", label: "Axe A", themes: [{ id: "theme-a", label: "Thème A" }] },
        { id: "BB", label: "Axe B", themes: [{ id: "theme-b", label: "Thème B" }, { id: "autre", label: "Autre" }] },
      ],
    },
    axes: {
      "axe-a.yaml": {
        axis: "AA",
        criteria: [
          rawCriterion("AA-01", "theme-a", { force: "opposable", basis: "officiel", poids: 3 }),
          rawCriterion("AA-02", "theme-a", { applicabilite: { si: ["ia"] } }),
        ],
      },
      "axe-b.yaml": {
        axis: "BB",
        criteria: [rawCriterion("BB-01", "theme-b"), rawCriterion("BB-02", "autre", { poids: 1 })],
      },
    },
  };
}

const created: string[] = [];

/** Write a raw grid to a fresh temporary folder and return the folder. */
export function writeGrid(grid: RawGrid, options: { dirName?: string; root?: string } = {}): string {
  const root = options.root ?? fs.mkdtempSync(path.join(os.tmpdir(), "grille-test-"));
  if (!options.root) created.push(root);
  const dir = options.dirName ? path.join(root, options.dirName) : root;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "grille.yaml"), stringify(grid.meta));
  for (const [file, content] of Object.entries(grid.axes)) fs.writeFileSync(path.join(dir, file), stringify(content));
  return dir;
}

export function makeTempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "grilles-test-"));
  created.push(root);
  return root;
}

export function cleanupTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function criterionOf(grid: RawGrid, file: string, index: number): Raw {
  const list = grid.axes[file]!.criteria as Raw[];
  return list[index]!;
}
