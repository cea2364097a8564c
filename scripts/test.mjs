/**
 * `npm test`: the whole suite. ESLint first (`npm run lint`: the project's boundaries, no warning
 * allowed), then Vitest (unit and database suites: each database suite runs on PGlite, and also on
 * PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set), then the Playwright end-to-end tests
 * against a production build. Prints one closing line with the totals; a lint failure counts as
 * one failed test and fails the run.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const t0 = performance.now();
const lint = spawnSync("node_modules/.bin/eslint", [".", "--max-warnings", "0"], { stdio: "inherit" });
const lintSeconds = ((performance.now() - t0) / 1000).toFixed(1);
console.log(lint.status === 0 ? `[lint] aucun problème (${lintSeconds} s)` : `[lint] ÉCHEC : corrigez les problèmes ci-dessus (npm run lint)`);

fs.mkdirSync("test-results", { recursive: true });
for (const f of ["test-results/vitest.json", "test-results/e2e.json"]) fs.rmSync(f, { force: true });
const vitest = spawnSync(
  "node_modules/.bin/vitest",
  ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json", ...process.argv.slice(2)],
  { stdio: "inherit" },
);
const e2e = spawnSync("node", ["scripts/e2e.mjs"], { stdio: "inherit" });

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}
let passed = 0;
let failed = 0;
let skipped = 0;
if (lint.status === 0) passed += 1;
else failed += 1;
const v = read("test-results/vitest.json");
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
const p = read("test-results/e2e.json");
if (p?.stats) {
  passed += p.stats.expected;
  failed += p.stats.unexpected + (p.stats.flaky ?? 0);
  skipped += p.stats.skipped;
}
const ok = lint.status === 0 && vitest.status === 0 && e2e.status === 0 && failed === 0 && passed > 0;
if (!ok && failed === 0) failed = 1; // a runner crashed before reporting: never report success
console.log(`\nTotal: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
