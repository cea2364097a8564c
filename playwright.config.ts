import { defineConfig } from "@playwright/test";
import os from "node:os";
import path from "node:path";
import { chromiumEnv, resolveChromium } from "./tests/e2e/chromium";
import { oidcServerEnv } from "./tests/e2e/oidc-env";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const CHROMIUM = resolveChromium();
// scripts/e2e.mjs prepares a fresh database and passes it here; run alone, a new PGlite folder is used.
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `positionnement-e2e-${Date.now()}`);
const serverEnv: Record<string, string> = {
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_TRUST_HOST: "1",
  DATA_DIR: dataDir,
  PORT: String(PORT),
  // The server runs in UTC, never in Paris time (and tests/e2e/heures.spec.ts runs its browser in
  // Cayenne): every date and time the pages show must still be Europe/Paris (lib/format).
  TZ: "UTC",
  // Not the default address: tests/e2e/affichage.spec.ts checks that pages show the configured one.
  CONTACT_EMAIL: "aide-e2e@positionnement.example",
};
// OpenID Connect: the app is pointed at a real provider (oidc-provider) that tests/e2e/oidc.spec.ts
// starts itself; Auth.js only contacts it when someone signs in with it.
Object.assign(serverEnv, oidcServerEnv);
if (process.env.E2E_DATABASE_URL) {
  serverEnv.DATABASE_URL = process.env.E2E_DATABASE_URL;
  serverEnv.SEED_DEMO = "1";
  serverEnv.AUTH_SECRET = "e2e-secret-not-for-production-0123456789";
}

export default defineConfig({
  testDir: "./tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1, // 2-core machine, one server process
  retries: 0,
  outputDir: "test-results/playwright",
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    locale: "fr-FR",
    launchOptions: {
      executablePath: CHROMIUM,
      env: chromiumEnv(CHROMIUM) as Record<string, string>,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
    trace: "off",
  },
  webServer: {
    command: `node_modules/.bin/next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: serverEnv,
  },
});
