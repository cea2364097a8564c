/**
 * Runtime configuration read from environment variables, validated once.
 * Every variable is documented in README.md ("Configuration").
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

/** A start-up problem told to the operator in one line (French, then English), never a stack dump. */
/** Environment variables as read here (a plain record, so tests can pass their own). */
export type Env = Record<string, string | undefined>;

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}

export type DatabaseConfig =
  | { kind: "postgres"; url: string; display: string }
  | { kind: "pglite"; dir: string };

/** `postgres://user:***@host:port/db`: the URL without its password, for messages. */
export function redactUrl(url: URL): string {
  const copy = new URL(url.toString());
  if (copy.password) copy.password = "***";
  return copy.toString();
}

/**
 * DATABASE_URL set: PostgreSQL (must be a postgres:// or postgresql:// URL with a host and a database).
 * Unset: the embedded PGlite database in `${DATA_DIR}/pglite` (DATA_DIR defaults to `.data`).
 */
export function databaseConfig(env: Env = process.env): DatabaseConfig {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return { kind: "pglite", dir: path.resolve(/*turbopackIgnore: true*/ dataDir(env), "pglite") };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StartupError(
      "DATABASE_URL mal formée : une adresse du type postgres://utilisateur:motdepasse@hote:5432/base est attendue / malformed DATABASE_URL: expected postgres://user:password@host:5432/database",
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new StartupError(
      `DATABASE_URL mal formée : le protocole « ${url.protocol.replace(/:$/, "")} » n'est pas pris en charge, utilisez postgres:// / malformed DATABASE_URL: unsupported protocol, use postgres://`,
    );
  }
  if (!url.hostname || url.pathname.replace(/^\//, "") === "") {
    throw new StartupError(
      `DATABASE_URL incomplète (${redactUrl(url)}) : l'hôte et le nom de la base sont obligatoires / incomplete DATABASE_URL: host and database name are required`,
    );
  }
  return { kind: "postgres", url: raw, display: redactUrl(url) };
}

export function dataDir(env: Env = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR?.trim() || ".data");
}

/** Demo data: always in the embedded mode, only with SEED_DEMO=1 on PostgreSQL. */
export function shouldSeedDemo(env: Env = process.env): boolean {
  if (env.SEED_DEMO === "0") return false;
  if (env.SEED_DEMO === "1") return true;
  return !env.DATABASE_URL?.trim();
}

/**
 * Makes sure AUTH_SECRET is set before Auth.js reads it.
 * - Already set: kept.
 * - Production on PostgreSQL (NODE_ENV=production and DATABASE_URL): a missing secret is an error,
 *   because instances behind a load balancer must share it and it must not live on one disk.
 * - Otherwise (embedded mode, demos, tests): generated once and kept in `${DATA_DIR}/auth-secret`.
 */
export function ensureAuthSecret(env: Env = process.env): { source: "env" | "file" | "generated" } {
  if (env.AUTH_SECRET?.trim()) return { source: "env" };
  if (env.NODE_ENV === "production" && env.DATABASE_URL?.trim()) {
    throw new StartupError(
      "AUTH_SECRET manquant : en production avec DATABASE_URL, définissez AUTH_SECRET (par exemple `openssl rand -base64 32`) / AUTH_SECRET is missing: set it in production with DATABASE_URL",
    );
  }
  const dir = dataDir(env);
  const file = path.join(/*turbopackIgnore: true*/ dir, "auth-secret");
  if (fs.existsSync(file)) {
    const secret = fs.readFileSync(file, "utf8").trim();
    if (secret.length >= 32) {
      env.AUTH_SECRET = secret;
      return { source: "file" };
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  env.AUTH_SECRET = secret;
  return { source: "generated" };
}

/** CONTACT_EMAIL unset: the demonstration address (a reserved .example domain, never delivered). */
export const DEFAULT_CONTACT_EMAIL = "contact@positionnement.example";

/**
 * The address users write to (help page, footer, refusal and 404 pages): CONTACT_EMAIL, or the
 * demonstration default. A value that is not an e-mail address stops the start-up.
 */
export function contactEmail(env: Env = process.env): string {
  const raw = env.CONTACT_EMAIL?.trim();
  if (!raw) return DEFAULT_CONTACT_EMAIL;
  // Plain characters only: the address goes into mailto: links, where "?" or "&" would add headers.
  if (!/^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(raw)) {
    throw new StartupError(
      `CONTACT_EMAIL invalide (« ${raw} ») : une adresse électronique du type contact@exemple.gouv.fr est attendue / invalid CONTACT_EMAIL: an e-mail address is expected`,
    );
  }
  return raw;
}
