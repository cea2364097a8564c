/**
 * Everything the server does once before answering: check the connection, apply migrations,
 * load the reference data, seed the demo data when asked. Used by instrumentation.ts (next start,
 * next dev) and by the tests, so both follow the same path.
 */
import { shouldSeedDemo, type Env } from "@/lib/config";
import { checkConnection, type DbHandle } from "./client";
import { runMigrations } from "./migrate";
import { loadReferenceData } from "./reference/load";
import { seedDemo } from "./demo";
import { seedDemoPositionings } from "./demo-positionings";
import { registerGrids, type GridRegistration } from "./grids";
import { allGrids } from "@/lib/grid/current";

export type BootstrapReport = { migrateMs: number; referenceRows: number; referenceSkipped: boolean; demo: boolean; grids: GridRegistration[] };

export async function bootstrap(handle: DbHandle, env: Env = process.env, grids = allGrids()): Promise<BootstrapReport> {
  await checkConnection(handle);
  const t0 = performance.now();
  await runMigrations(handle);
  const migrateMs = performance.now() - t0;
  const reference = await loadReferenceData(handle.db);
  const registeredGrids = await registerGrids(handle.db, grids);
  const demo = shouldSeedDemo(env);
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
