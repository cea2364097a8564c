import { test, expect } from "./fixtures";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Not a browser test: it starts the production server with a broken DATABASE_URL and reads its output.
for (const [label, url, expected] of [
  ["unreachable", "postgres://postgres@127.0.0.1:1/absente", /Base de données injoignable \(postgres:\/\/postgres@127\.0\.0\.1:1\/absente\) : connexion refusée/],
  ["malformed", "ceci n'est pas une adresse", /DATABASE_URL mal formée/],
] as const) {
  test(`an ${label} DATABASE_URL stops start-up with one clear line`, async () => {
    const r = spawnSync("node_modules/.bin/next", ["start", "-p", String(Number(process.env.E2E_PORT ?? 3100) + 99)], {
      env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "x".repeat(40) },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).not.toBe(0);
    const output = `${r.stdout}\n${r.stderr}`;
    expect(output).toMatch(expected);
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
  });
}

// The configuration is validated once at start-up (env.ts): an incomplete OpenID Connect setup
// stops the server with one line, instead of failing on each sign-in page later.
test("an incomplete OpenID Connect configuration stops start-up with one clear line, before anything is written", async () => {
  const dataDir = path.join(os.tmpdir(), `positionnement-oidc-incomplet-${Date.now()}`);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir };
  for (const name of Object.keys(env)) if (name.startsWith("OIDC_") || name === "DATABASE_URL" || name === "AUTH_SECRET") delete env[name];
  Object.assign(env, { OIDC_ISSUER: "https://auth.exemple.gouv.fr", OIDC_CLIENT_ID: "positionnement" });
  const r = spawnSync("node_modules/.bin/next", ["start", "-p", String(Number(process.env.E2E_PORT ?? 3100) + 98)], { env, encoding: "utf8", timeout: 60_000 });
  expect(r.status).not.toBe(0);
  const output = `${r.stdout}\n${r.stderr}`;
  expect(output).toContain(
    "[démarrage] Connexion OpenID Connect incomplète : définissez aussi OIDC_CLIENT_SECRET (ou aucune des trois variables OIDC_*) / incomplete OpenID Connect configuration: also set OIDC_CLIENT_SECRET",
  );
  expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
  expect(fs.existsSync(dataDir)).toBe(false); // no secret generated, no database opened
});

test("a CONTACT_EMAIL that is not an address stops start-up with one clear line", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "contact-email-"));
  const r = spawnSync("node_modules/.bin/next", ["start", "-p", String(Number(process.env.E2E_PORT ?? 3100) + 98)], {
    // (a throwaway DATA_DIR: should the check be missing, the server would otherwise start on the project's .data)
    env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, CONTACT_EMAIL: "contact@exemple.fr?bcc=x@y.fr", NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "x".repeat(40) },
    encoding: "utf8",
    timeout: 60_000,
  });
  fs.rmSync(dataDir, { recursive: true, force: true });
  expect(r.status).not.toBe(0);
  const output = `${r.stdout}\n${r.stderr}`;
  expect(output).toMatch(/CONTACT_EMAIL invalide \(« contact@exemple\.fr\?bcc=x@y\.fr »\)/);
  expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
});
