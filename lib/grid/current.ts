/**
 * The grids served by this process, loaded once from criteria/ (validated at start-up, so a
 * malformed grid never reaches a page). The current grid is the most recent version.
 */
import { loadAllGrids } from "./load";
import type { Grid } from "./schema";

let cache: Grid[] | null = null;

export function allGrids(): Grid[] {
  cache ??= loadAllGrids();
  return cache;
}

export function currentGrid(): Grid {
  const grids = allGrids();
  return grids[grids.length - 1];
}

export function findGrid(version: string): Grid | undefined {
  return allGrids().find((g) => g.version === version);
}
