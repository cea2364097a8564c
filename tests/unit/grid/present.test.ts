import { describe, it, expect } from "vitest";
import { currentGrid } from "@/lib/grid/current";
import { describeApplicability, filterCriteria, gridCsvRows, gridFilterSchema } from "@/lib/grid/present";
import { isApplicable, makeProfile } from "@/lib/grid/profile";

const grid = currentGrid();

describe("grid filters", () => {
  it("keeps only the chosen axis and force", () => {
    const sec = filterCriteria(grid, { axe: "SEC" });
    expect(sec.length).toBeGreaterThan(0);
    expect(sec.every((c) => c.axis === "SEC")).toBe(true);
    const binding = filterCriteria(grid, { force: "opposable" });
    expect(binding.every((c) => c.force === "opposable")).toBe(true);
    expect(binding.length).toBe(grid.criteria.filter((c) => c.force === "opposable").length);
  });

  it("by category keeps what can apply to that category, whatever its flags", () => {
    const gar = filterCriteria(grid, { categorie: "ressource-gar" });
    // every criterion applicable to some GAR resource profile is kept…
    const plain = grid.criteria.filter((c) => isApplicable(c.applicabilite, makeProfile("ressource-gar")));
    for (const c of plain) expect(gar).toContain(c);
    // …and the ENT-only criteria are not
    const entOnly = grid.criteria.filter((c) => c.applicabilite.categories.length > 0 && c.applicabilite.categories.every((k) => k === "ent") && c.applicabilite.si.length === 0);
    for (const c of entOnly) expect(gar).not.toContain(c);
    expect(gar.length).toBeLessThan(grid.criteria.length);
  });

  it("rejects unknown filter values with French messages", () => {
    const r = gridFilterSchema.safeParse({ categorie: "banane", force: "obligatoire" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(["Catégorie de service inconnue", "Force inconnue : « opposable » ou « recommande » attendu"]);
  });
});

describe("applicability in words", () => {
  it("says when a criterion applies to every service", () => {
    expect(describeApplicability({ categories: [], si: [], siTous: [], exclure: [] })).toBe("S'applique à tous les services.");
  });
  it("names categories, flags, conditions and exclusions", () => {
    const text = describeApplicability({ categories: ["ent"], si: ["ia"], siTous: ["authentification"], exclure: ["autre"] });
    expect(text).toBe(
      "S'applique aux services de catégorie Espace numérique de travail (ENT), et à tout service qui intègre des fonctions d'intelligence artificielle, à condition que les usagers se connectent au service avec un compte nominatif, sauf aux services de catégorie Autre service numérique.",
    );
  });
});

describe("CSV export", () => {
  it("has a header and one line per criterion with its five levels", () => {
    const rows = gridCsvRows(grid);
    expect(rows).toHaveLength(grid.criteria.length + 1);
    expect(rows[0].slice(0, 2)).toEqual(["Version", "Identifiant"]);
    const sec = rows.find((r) => r[1] === "SEC-01")!;
    expect(sec[0]).toBe(grid.version);
    expect(sec.slice(6, 11)).toEqual([...grid.criteria.find((c) => c.id === "SEC-01")!.niveaux]);
  });
});
