/**
 * Registers the grid versions found in criteria/ in the database at start-up (version, label,
 * date, checksum). A registered version whose content changed without a new version id is
 * refused: answers and publications refer to a version, so its content must never move.
 */
import { StartupError } from "@/env";
import { gridChecksum } from "../grid/checksum";
import type { Grid } from "../grid/schema";
import { formatDate } from "../format";
import type { Db } from "@/db/client";
import { gridVersions } from "@/db/schema";

export type GridRegistration = { version: string; status: "nouvelle" | "inchangée" };

export async function registerGrids(db: Db, grids: readonly Grid[]): Promise<GridRegistration[]> {
  return db.transaction(async (tx) => {
    const known = new Map((await tx.select().from(gridVersions)).map((row) => [row.version, row]));
    const report: GridRegistration[] = [];
    for (const grid of grids) {
      const checksum = gridChecksum(grid);
      const existing = known.get(grid.version);
      if (existing) {
        if (existing.checksum !== checksum) {
          throw new StartupError(
            `La grille ${grid.version} (criteria/${grid.version}/) a changé depuis son enregistrement le ${formatDate(existing.registeredAt)}, ` +
              `sans nouveau numéro de version : les positionnements déjà saisis s'y réfèrent. Rétablissez son contenu et ` +
              `créez une nouvelle version (par exemple criteria/${nextVersion(grid.version)}/) / grid ${grid.version} changed without a new version id`,
          );
        }
        report.push({ version: grid.version, status: "inchangée" });
        continue;
      }
      await tx.insert(gridVersions).values({
        version: grid.version,
        label: grid.label,
        date: grid.date,
        checksum,
        criteriaCount: grid.criteria.length,
      });
      report.push({ version: grid.version, status: "nouvelle" });
    }
    return report;
  });
}

/** "2025.1" -> "2025.2" */
export function nextVersion(version: string): string {
  const [year, revision] = version.split(".");
  return `${year}.${Number(revision) + 1}`;
}
