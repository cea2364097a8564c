/**
 * The configuration module (env.ts): every variable of README.md's "Configuration" table is
 * validated once, with defaults, and a wrong value is refused in one French line that names it.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_CONTACT_EMAIL, parseEnv, StartupError, type Env } from "@/env";

function refusal(record: Env): StartupError {
  try {
    parseEnv(record);
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return error as StartupError;
  }
  throw new Error(`accepté à tort : ${JSON.stringify(record)}`);
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("defaults", () => {
  it("runs the embedded mode with no variable at all", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      PORT: 3000,
      DATA_DIR: path.resolve(".data"),
      DATABASE_POOL_MAX: 10,
      SEED_DEMO: true,
      REPORT_CACHE_MAX_BYTES: 64 * 1024 * 1024,
      NEXT_DIST_DIR: ".next",
      CONTACT_EMAIL: "contact@positionnement.example",
      database: { kind: "pglite", dir: path.resolve(".data/pglite") },
      oidc: null,
    });
    expect(DEFAULT_CONTACT_EMAIL).toBe("contact@positionnement.example");
  });

  it("takes an empty or blank value as unset", () => {
    const e = parseEnv({ PORT: "", DATABASE_URL: "  ", DATABASE_POOL_MAX: " ", REPORT_WORKERS: "", OIDC_ISSUER: "", CONTACT_EMAIL: "" });
    expect(e.PORT).toBe(3000);
    expect(e.database.kind).toBe("pglite");
    expect(e.DATABASE_POOL_MAX).toBe(10);
    expect(e.REPORT_WORKERS).toBeUndefined();
    expect(e.oidc).toBeNull();
    expect(e.CONTACT_EMAIL).toBe(DEFAULT_CONTACT_EMAIL);
  });

  it("does not seed the demo on PostgreSQL unless SEED_DEMO=1", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://h/db" }).SEED_DEMO).toBe(false);
    expect(parseEnv({ DATABASE_URL: "postgres://h/db", SEED_DEMO: "1" }).SEED_DEMO).toBe(true);
    expect(parseEnv({ SEED_DEMO: "0" }).SEED_DEMO).toBe(false);
  });
});

describe("valid values", () => {
  it("types every variable of the README's table", () => {
    const e = parseEnv({
      NODE_ENV: "production",
      PORT: "8080",
      DATA_DIR: "/srv/positionnement",
      DATABASE_URL: " postgresql://app:secret@db.example:5432/positionnement ",
      DATABASE_POOL_MAX: "25",
      SEED_DEMO: "0",
      AUTH_SECRET: "un-secret-de-plus-de-trente-deux-caracteres",
      AUTH_TRUST_HOST: "1",
      AUTH_URL: "https://positionnement.exemple.gouv.fr",
      OIDC_ISSUER: "https://auth.agentconnect.gouv.fr/api/v2",
      OIDC_CLIENT_ID: "client",
      OIDC_CLIENT_SECRET: "secret-oidc",
      OIDC_SCOPES: "email given_name",
      OIDC_UAI_CLAIM: "uai",
      REPORT_FONT_DIR: "/usr/share/fonts/marianne",
      REPORT_CACHE_MAX_BYTES: "0",
      REPORT_WORKERS: "2",
      NEXT_DIST_DIR: ".next-copie",
      CONTACT_EMAIL: "contact@exemple.gouv.fr",
    });
    expect(e).toMatchObject({
      NODE_ENV: "production",
      PORT: 8080,
      DATA_DIR: "/srv/positionnement",
      DATABASE_POOL_MAX: 25,
      SEED_DEMO: false,
      AUTH_TRUST_HOST: true,
      AUTH_URL: "https://positionnement.exemple.gouv.fr",
      REPORT_FONT_DIR: "/usr/share/fonts/marianne",
      REPORT_CACHE_MAX_BYTES: 0,
      REPORT_WORKERS: 2,
      NEXT_DIST_DIR: ".next-copie",
      CONTACT_EMAIL: "contact@exemple.gouv.fr",
      database: {
        kind: "postgres",
        url: "postgresql://app:secret@db.example:5432/positionnement",
        display: "postgresql://app:***@db.example:5432/positionnement",
      },
      oidc: {
        id: "oidc",
        name: "ProConnect",
        issuer: "https://auth.agentconnect.gouv.fr/api/v2",
        clientId: "client",
        clientSecret: "secret-oidc",
        scopes: "openid email given_name",
        uaiClaim: "uai",
      },
    });
  });
});

describe("invalid values stop the start-up in one line naming the variable", () => {
  it.each([
    ["DATABASE_POOL_MAX", "abc", /^DATABASE_POOL_MAX doit être un nombre entier de 1 à 1000 \(reçu « abc »\)/],
    ["DATABASE_POOL_MAX", "0", /^DATABASE_POOL_MAX doit être un nombre entier de 1 à 1000 \(reçu « 0 »\)/],
    ["DATABASE_POOL_MAX", "2.5", /^DATABASE_POOL_MAX doit être un nombre entier/],
    ["PORT", "70000", /^PORT doit être un nombre entier de 1 à 65535 \(reçu « 70000 »\)/],
    ["REPORT_CACHE_MAX_BYTES", "64M", /^REPORT_CACHE_MAX_BYTES doit être un nombre entier d'au moins 0 \(reçu « 64M »\)/],
    ["REPORT_WORKERS", "-1", /^REPORT_WORKERS doit être un nombre entier d'au moins 0 \(reçu « -1 »\)/],
    ["SEED_DEMO", "oui", /^SEED_DEMO doit valoir « 0 » ou « 1 » \(reçu « oui »\)/],
    ["NODE_ENV", "recette", /^NODE_ENV doit valoir « development » ou « production » ou « test »/],
    ["AUTH_TRUST_HOST", "peut-être", /^AUTH_TRUST_HOST doit valoir/],
    ["AUTH_URL", "positionnement.gouv.fr", /^AUTH_URL mal formée/],
    ["CONTACT_EMAIL", "contact", /^CONTACT_EMAIL invalide \(« contact »\)/],
    ["CONTACT_EMAIL", "contact@exemple.fr?bcc=x@y.fr", /^CONTACT_EMAIL invalide \(« contact@exemple\.fr\?bcc=x@y\.fr »\)/],
    ["DATABASE_URL", "mysql://u@h/db", /^DATABASE_URL mal formée : le protocole « mysql »/],
  ])("%s=%s", (name, value, message) => {
    const error = refusal({ [name]: value });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
  });

  it("names every wrong variable at once", () => {
    const error = refusal({ PORT: "http", DATABASE_POOL_MAX: "dix", DATABASE_URL: "pas une url" });
    expect(error.message).toMatch(/PORT doit être/);
    expect(error.message).toMatch(/DATABASE_POOL_MAX doit être/);
    expect(error.message).toMatch(/DATABASE_URL mal formée/);
    expect(error.message).not.toContain("\n");
  });

  it.each([
    [{ OIDC_ISSUER: "https://op.example" }, "OIDC_CLIENT_ID, OIDC_CLIENT_SECRET"],
    [{ OIDC_ISSUER: "https://op.example", OIDC_CLIENT_ID: "client" }, "OIDC_CLIENT_SECRET"],
    [{ OIDC_CLIENT_ID: "client", OIDC_CLIENT_SECRET: "S3cr3tOidc" }, "OIDC_ISSUER"],
  ])("refuses an incomplete OpenID Connect configuration %o", (record, missing) => {
    const error = refusal(record);
    expect(error.message).toBe(
      `Connexion OpenID Connect incomplète : définissez aussi ${missing} (ou aucune des trois variables OIDC_*) / incomplete OpenID Connect configuration: also set ${missing}`,
    );
    expect(error.message).not.toContain("S3cr3tOidc");
  });

  it("refuses an OIDC issuer that is not an address, and hides the database password", () => {
    expect(refusal({ OIDC_ISSUER: "ftp://op", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" }).message).toMatch(/^OIDC_ISSUER mal formée \(« ftp:\/\/op »\)/);
    const error = refusal({ DATABASE_URL: "postgres://u:S3cr3tX@hote:5432" });
    expect(error.message).toMatch(/^DATABASE_URL incomplète \(postgres:\/\/u:\*\*\*@hote:5432\)/);
    expect(error.message).not.toContain("S3cr3tX");
  });
});

describe("the process's configuration", () => {
  it("is read from process.env on first use, not on import (next build imports the pages)", async () => {
    vi.resetModules();
    vi.stubEnv("DATABASE_POOL_MAX", "dix");
    const mod = await import("@/env");
    expect(() => mod.env.DATABASE_POOL_MAX).toThrow(/^DATABASE_POOL_MAX doit être un nombre entier/);
    vi.resetModules();
    vi.stubEnv("DATABASE_POOL_MAX", "7");
    vi.stubEnv("CONTACT_EMAIL", "ecrire@exemple.gouv.fr");
    const fresh = await import("@/env");
    expect(fresh.env.DATABASE_POOL_MAX).toBe(7);
    expect(fresh.env.CONTACT_EMAIL).toBe("ecrire@exemple.gouv.fr");
  });

  it("is read once: a later change of process.env is not seen", async () => {
    vi.resetModules();
    vi.stubEnv("REPORT_WORKERS", "1");
    const { env } = await import("@/env");
    expect(env.REPORT_WORKERS).toBe(1);
    vi.stubEnv("REPORT_WORKERS", "2");
    expect(env.REPORT_WORKERS).toBe(1);
  });

  it("stops the server's start-up with one line when OIDC is incomplete, before opening the database", async () => {
    vi.resetModules();
    vi.stubEnv("OIDC_ISSUER", "https://op.example");
    vi.stubEnv("OIDC_CLIENT_ID", "client");
    vi.stubEnv("OIDC_CLIENT_SECRET", "");
    // Nothing may be written: no generated secret, no PGlite folder (both would create DATA_DIR).
    const dataDir = path.join(os.tmpdir(), `env-test-${process.pid}-${Date.now()}`);
    vi.stubEnv("DATA_DIR", dataDir);
    const exit = vi.spyOn(process, "exit").mockImplementation(() => undefined as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { runStartup } = await import("@/lib/startup/run");
    await runStartup();
    expect(exit).toHaveBeenCalledWith(1);
    expect(error).toHaveBeenCalledTimes(1);
    const printed = String(error.mock.calls[0][0]).trim();
    expect(printed).toBe(
      "[démarrage] Connexion OpenID Connect incomplète : définissez aussi OIDC_CLIENT_SECRET (ou aucune des trois variables OIDC_*) / incomplete OpenID Connect configuration: also set OIDC_CLIENT_SECRET",
    );
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
