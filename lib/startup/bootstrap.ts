/**
 * Everything the server does once before answering: check the connection, apply migrations,
 * load the reference data, register the grid versions, seed the demo data when asked. Used by
 * run.ts (instrumentation.ts: next start, next dev) and by the tests, so both follow the same path.
 */
import { checkConnection, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { shouldSeedDemo, type Env } from "../config";
import { allGrids } from "../grid/current";
import { seedDemo } from "../demo/seed";
import { seedDemoPositionings } from "../demo/positionings";
import { loadReferenceData } from "./reference";
import { registerGrids, type GridRegistration } from "./grids";

export type BootstrapReport = { migrateMs: number; referenceRows: number; referenceSkipped: boolean; demo: boolean; grids: GridRegistration[] };

/** `record`: the environment to read SEED_DEMO from (tests); the process's configuration by default. */
export async function bootstrap(handle: DbHandle, record?: Env, grids = allGrids()): Promise<BootstrapReport> {
  await checkConnection(handle);
  const t0 = performance.now();
  await runMigrations(handle);
  const migrateMs = performance.now() - t0;
  const reference = await loadReferenceData(handle.db);
  const registeredGrids = await registerGrids(handle.db, grids);
  const demo = shouldSeedDemo(record);
  if (demo) {
    await seedDemo(handle.db);
    await seedDemoPositionings(handle.db, grids[grids.length - 1]);
  }
  return {
    migrateMs,
    referenceRows: reference.reduce((n, r) => n + r.rows, 0),
    referenceSkipped: reference.every((r) => r.skipped),
    demo,
    grids: registeredGrids,
  };
}
