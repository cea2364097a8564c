import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { runMigrations } from "@/db/migrate";
import { registerGrids } from "@/lib/startup/grids";
import { gridVersions } from "@/db/schema";
import { currentGrid } from "@/lib/grid/current";
import { gridChecksum } from "@/lib/grid/checksum";
import type { Grid } from "@/lib/grid/schema";
import { targets, type TestDb } from "./targets";

describe.each(targets)("grid versions on $name", (target) => {
  let db: TestDb;
  const grid = currentGrid();
  beforeAll(async () => {
    db = await target.create();
    await runMigrations(db);
  });
  afterAll(async () => db?.dispose());

  it("registers the shipped grid once with its checksum, then finds it unchanged", async () => {
    expect(await registerGrids(db.db, [grid])).toEqual([{ version: grid.version, status: "nouvelle" }]);
    expect(await registerGrids(db.db, [grid])).toEqual([{ version: grid.version, status: "inchangée" }]);
    const rows = await db.db.select().from(gridVersions);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: grid.version, label: grid.label, checksum: gridChecksum(grid), criteriaCount: grid.criteria.length });
  });

  it("refuses a registered version whose content changed, and accepts it under a new version id", async () => {
    const edited: Grid = { ...grid, criteria: grid.criteria.map((c, i) => (i === 0 ? { ...c, title: `${c.title} (modifié)` } : c)) };
    await expect(registerGrids(db.db, [edited])).rejects.toThrow(
      new RegExp(`La grille ${grid.version.replace(".", "\\.")} \\(criteria/${grid.version.replace(".", "\\.")}/\\) a changé depuis son enregistrement`),
    );
    const renamed: Grid = { ...edited, version: "2099.1" };
    expect(await registerGrids(db.db, [grid, renamed])).toEqual([
      { version: grid.version, status: "inchangée" },
      { version: "2099.1", status: "nouvelle" },
    ]);
  });
});
