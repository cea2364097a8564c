/**
 * The server's start-up sequence (called by instrumentation.ts in the Node.js runtime only):
 * AUTH_SECRET, connection check, migrations, reference data, demo data.
 * A start-up problem is printed as one clear line and stops the process (no stack dump).
 */
import { contactEmail, ensureAuthSecret } from "@/lib/config";
import { getDbHandle } from "./client";
import { bootstrap } from "./bootstrap";

export async function runStartup(): Promise<void> {
  try {
    ensureAuthSecret();
    contactEmail(); // a malformed CONTACT_EMAIL stops the start-up, not the first page that shows it
    const handle = getDbHandle();
    const t0 = performance.now();
    const report = await bootstrap(handle);
    const where = handle.config.kind === "postgres" ? handle.config.display : handle.config.dir;
    console.log(
      `[démarrage] base ${handle.kind} (${where}) prête en ${Math.round(performance.now() - t0)} ms` +
        ` — migrations ${Math.round(report.migrateMs)} ms, données de référence ${report.referenceSkipped ? "à jour" : "chargées"}` +
        `, grilles ${report.grids.map((g) => `${g.version} (${g.status})`).join(", ")}` +
        (report.demo ? ", données de démonstration présentes" : ""),
    );
  } catch (error) {
    const e = error as Error;
    // Start-up and grid problems are the operator's to fix: their message says what and where.
    const message = e?.name === "StartupError" || e?.name === "GridValidationError" ? e.message : `Échec du démarrage / start-up failed: ${e?.message ?? String(error)}`;
    console.error(`\n[démarrage] ${message}\n`);
    process.exit(1);
  }
}
