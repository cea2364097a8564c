/**
 * Run-time configuration helpers over the validated environment (env.ts, at the root: every
 * variable is read and checked there once). Each function reads the process's configuration by
 * default, or the explicit record it is given (tests).
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { env, parseEnv, provideAuthSecret, StartupError, type DatabaseConfig, type Env } from "@/env";

export { StartupError, redactUrl, type DatabaseConfig, type Env } from "@/env";

const read = (record: Env | undefined) => (record ? parseEnv(record) : env);

/**
 * DATABASE_URL set: PostgreSQL (must be a postgres:// or postgresql:// URL with a host and a database).
 * Unset: the embedded PGlite database in `${DATA_DIR}/pglite` (DATA_DIR defaults to `.data`).
 */
export function databaseConfig(record?: Env): DatabaseConfig {
  return read(record).database;
}

export function dataDir(record?: Env): string {
  return read(record).DATA_DIR;
}

/** Demo data: always in the embedded mode, only with SEED_DEMO=1 on PostgreSQL. */
export function shouldSeedDemo(record?: Env): boolean {
  return read(record).SEED_DEMO;
}

/**
 * Makes sure AUTH_SECRET is set before Auth.js reads it.
 * - Already set: kept.
 * - Production on PostgreSQL (NODE_ENV=production and DATABASE_URL): a missing secret is an error,
 *   because instances behind a load balancer must share it and it must not live on one disk.
 * - Otherwise (embedded mode, demos, tests): generated once and kept in `${DATA_DIR}/auth-secret`.
 * The secret goes to the given record, or to the process's environment for Auth.js.
 */
export function ensureAuthSecret(record?: Env): { source: "env" | "file" | "generated" } {
  const config = read(record);
  const give = (secret: string) => (record ? (record.AUTH_SECRET = secret) : provideAuthSecret(secret));
  if (config.AUTH_SECRET) return { source: "env" };
  if (config.NODE_ENV === "production" && config.database.kind === "postgres") {
    throw new StartupError(
      "AUTH_SECRET manquant : en production avec DATABASE_URL, définissez AUTH_SECRET (par exemple `openssl rand -base64 32`) / AUTH_SECRET is missing: set it in production with DATABASE_URL",
    );
  }
  const dir = config.DATA_DIR;
  const file = path.join(/*turbopackIgnore: true*/ dir, "auth-secret");
  if (fs.existsSync(file)) {
    const secret = fs.readFileSync(file, "utf8").trim();
    if (secret.length >= 32) {
      give(secret);
      return { source: "file" };
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  give(secret);
  return { source: "generated" };
}

export { DEFAULT_CONTACT_EMAIL } from "@/env";

/**
 * The address users write to (help page, footer, refusal and 404 pages): CONTACT_EMAIL, or the
 * demonstration default. A value that is not a plain e-mail address stops the start-up (env.ts).
 */
export function contactEmail(record?: Env): string {
  return read(record).CONTACT_EMAIL;
}
