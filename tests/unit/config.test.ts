import { describe, it, expect } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { contactEmail, databaseConfig, DEFAULT_CONTACT_EMAIL, ensureAuthSecret, shouldSeedDemo, StartupError, type Env } from "@/lib/config";

describe("databaseConfig", () => {
  it("uses PGlite in DATA_DIR when DATABASE_URL is unset", () => {
    expect(databaseConfig({ DATA_DIR: "/tmp/x" })).toEqual({ kind: "pglite", dir: "/tmp/x/pglite" });
    expect(databaseConfig({})).toEqual({ kind: "pglite", dir: path.resolve(".data/pglite") });
  });

  it("accepts postgres:// and postgresql:// URLs and hides the password in messages", () => {
    const c = databaseConfig({ DATABASE_URL: "postgresql://app:secret@db.example:5432/positionnement" });
    expect(c).toMatchObject({ kind: "postgres" });
    expect(c.kind === "postgres" && c.display).toBe("postgresql://app:***@db.example:5432/positionnement");
  });

  it.each([
    ["pas une url", /^DATABASE_URL mal formée/],
    ["mysql://u@h/db", /protocole « mysql » n'est pas pris en charge/],
    ["postgres://u:S3cr3tX@hote:5432", /DATABASE_URL incomplète \(postgres:\/\/u:\*\*\*@hote:5432\)/],
  ])("refuses %s with one clear line", (url, message) => {
    let error: unknown;
    try {
      databaseConfig({ DATABASE_URL: url });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
    expect((error as Error).message).not.toContain("S3cr3tX");
  });
});

describe("ensureAuthSecret", () => {
  it("generates a secret once in the data folder and reuses it after a restart", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-"));
    const first: Env = { DATA_DIR: dir };
    expect(ensureAuthSecret(first).source).toBe("generated");
    expect(first.AUTH_SECRET!.length).toBeGreaterThanOrEqual(32);
    const second: Env = { DATA_DIR: dir };
    expect(ensureAuthSecret(second).source).toBe("file");
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o077).toBe(0);
    fs.rmSync(dir, { recursive: true });
  });

  it("keeps a secret given in the environment", () => {
    const env: Env = { AUTH_SECRET: "donné-par-l-environnement" };
    expect(ensureAuthSecret(env).source).toBe("env");
    expect(env.AUTH_SECRET).toBe("donné-par-l-environnement");
  });

  it("refuses to start in production on PostgreSQL without a secret", () => {
    expect(() => ensureAuthSecret({ NODE_ENV: "production", DATABASE_URL: "postgres://h/db" })).toThrow(/AUTH_SECRET manquant/);
  });
});

describe("shouldSeedDemo", () => {
  it("seeds in the embedded mode, not on PostgreSQL unless SEED_DEMO=1", () => {
    expect(shouldSeedDemo({})).toBe(true);
    expect(shouldSeedDemo({ DATABASE_URL: "postgres://h/db" })).toBe(false);
    expect(shouldSeedDemo({ DATABASE_URL: "postgres://h/db", SEED_DEMO: "1" })).toBe(true);
    expect(shouldSeedDemo({ SEED_DEMO: "0" })).toBe(false);
  });
});

describe("contactEmail", () => {
  it("is the demonstration address when CONTACT_EMAIL is unset or blank", () => {
    expect(contactEmail({})).toBe("contact@positionnement.example");
    expect(contactEmail({ CONTACT_EMAIL: "  " })).toBe(DEFAULT_CONTACT_EMAIL);
  });

  it("is CONTACT_EMAIL, trimmed", () => {
    expect(contactEmail({ CONTACT_EMAIL: " aide.doctrine@education.gouv.fr " })).toBe("aide.doctrine@education.gouv.fr");
  });

  it.each(["pas une adresse", "contact@", "@exemple.fr", "a b@exemple.fr", "contact@exemple", "x@y.fr?subject=z"])("refuses %s with one clear line", (value) => {
    expect(() => contactEmail({ CONTACT_EMAIL: value })).toThrow(StartupError);
    expect(() => contactEmail({ CONTACT_EMAIL: value })).toThrow(/^CONTACT_EMAIL invalide/);
  });
});
