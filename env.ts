/**
 * The server's configuration: every environment variable the application reads (README.md,
 * "Configuration"), validated with zod and typed, read once. It is the only module that reads
 * `process.env` (lint rule no-restricted-properties; tests, scripts and tool configs excepted):
 * the others `import { env } from "@/env"`.
 *
 * - `env` is parsed on first use, so `next build`, which imports the pages, never needs the
 *   run-time variables. The server's start-up (lib/startup/run.ts) parses it first of all: a
 *   wrong value stops the start with one line that names the variable (French, then English).
 * - `parseEnv(record)` is the same validation on any record: tests pass their own.
 * - It sits at the root, below app/, lib/ and db/ (docs/adr/0006-frontieres-et-configuration.md):
 *   db/client.ts reads its database settings here, and db/ never imports lib/. It imports none of
 *   our folders.
 */
import path from "node:path";
import { z } from "zod";

/** Environment variables as read here (a plain record, so tests can pass their own). */
export type Env = Record<string, string | undefined>;

/** A start-up problem told to the operator in one line (French, then English), never a stack dump. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}

export type DatabaseConfig = { kind: "postgres"; url: string; display: string } | { kind: "pglite"; dir: string };

export type OidcSettings = {
  /** provider id in Auth.js routes: /api/auth/callback/<id> */
  id: "oidc";
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** name of the userinfo claim that carries the establishment's UAI, when the provider asserts one */
  uaiClaim: string | null;
};

export const DEFAULT_OIDC_SCOPES = "openid email given_name usual_name siret uid";
export const DEFAULT_CONTACT_EMAIL = "contact@positionnement.example";
export const DEFAULT_REPORT_CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** `postgres://user:***@host:port/db`: the URL without its password, for messages. */
export function redactUrl(url: URL): string {
  const copy = new URL(url.toString());
  if (copy.password) copy.password = "***";
  return copy.toString();
}

/**
 * DATABASE_URL set: PostgreSQL (must be a postgres:// or postgresql:// URL with a host and a database).
 * Unset: the embedded PGlite database in `${dataDir}/pglite`.
 */
export function parseDatabaseUrl(raw: string | undefined, dataDir: string): DatabaseConfig {
  if (!raw) return { kind: "pglite", dir: path.resolve(/*turbopackIgnore: true*/ dataDir, "pglite") };
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

/** OpenID Connect (ProConnect or any compliant provider): all three of issuer, client id and secret, or none. */
export function parseOidc(v: {
  OIDC_ISSUER?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
  OIDC_SCOPES?: string;
  OIDC_NAME?: string;
  OIDC_UAI_CLAIM?: string;
}): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = v;
  if (!issuer && !clientId && !clientSecret) return null;
  const missing = [!issuer && "OIDC_ISSUER", !clientId && "OIDC_CLIENT_ID", !clientSecret && "OIDC_CLIENT_SECRET"].filter(Boolean);
  if (missing.length) {
    throw new StartupError(
      `Connexion OpenID Connect incomplète : définissez aussi ${missing.join(", ")} (ou aucune des trois variables OIDC_*) / incomplete OpenID Connect configuration: also set ${missing.join(", ")}`,
    );
  }
  try {
    const u = new URL(issuer!);
    if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error();
  } catch {
    throw new StartupError(`OIDC_ISSUER mal formée (« ${issuer} ») : une adresse https:// est attendue / malformed OIDC_ISSUER: an https:// URL is expected`);
  }
  const scopes = (v.OIDC_SCOPES || DEFAULT_OIDC_SCOPES).split(/[\s,]+/).filter(Boolean);
  if (!scopes.includes("openid")) scopes.unshift("openid");
  return {
    id: "oidc",
    name: v.OIDC_NAME || "ProConnect",
    issuer: issuer!,
    clientId: clientId!,
    clientSecret: clientSecret!,
    scopes: scopes.join(" "),
    uaiClaim: v.OIDC_UAI_CLAIM || null,
  };
}

// ---------------------------------------------------------------------------
// The schema: one entry per variable of README.md's "Configuration" table
// ---------------------------------------------------------------------------

/** Surrounding spaces are dropped; an empty value counts as unset (the default applies). */
const text = z.preprocess((v) => (typeof v === "string" ? v.trim() || undefined : v), z.string().optional());

/** An integer in [min, max], or the fallback when unset. */
function integer<F extends number | undefined = undefined>(name: string, min: number, max: number, fallback?: F) {
  const range = max === Number.MAX_SAFE_INTEGER ? `d'au moins ${min}` : `de ${min} à ${max}`;
  return text.transform((v, ctx): number | F => {
    if (v === undefined) return fallback as F;
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) {
      ctx.addIssue({
        code: "custom",
        message: `${name} doit être un nombre entier ${range} (reçu « ${v} ») / ${name} must be an integer ${max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`}`,
      });
      return z.NEVER;
    }
    return n;
  });
}

/** One of the listed words. */
function oneOf<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return text.transform((v, ctx) => {
    if (v === undefined || (values as readonly string[]).includes(v)) return v as T[number] | undefined;
    ctx.addIssue({
      code: "custom",
      message: `${name} doit valoir ${values.map((x) => `« ${x} »`).join(" ou ")} (reçu « ${v} ») / ${name} must be one of ${values.join(", ")}`,
    });
    return z.NEVER;
  });
}

/** An absolute http(s) address. */
function httpUrl(name: string) {
  return text.transform((v, ctx) => {
    if (v === undefined) return v;
    try {
      const u = new URL(v);
      if (u.protocol === "https:" || u.protocol === "http:") return v;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: `${name} mal formée (« ${v} ») : une adresse https:// est attendue / malformed ${name}: an https:// URL is expected` });
    return z.NEVER;
  });
}

const MAX = Number.MAX_SAFE_INTEGER;

const fields = z.object({
  NODE_ENV: oneOf("NODE_ENV", ["development", "production", "test"]).transform((v) => v ?? "development"),
  PORT: integer("PORT", 1, 65_535, 3000),
  DATA_DIR: text.transform((v) => path.resolve(/*turbopackIgnore: true*/ v ?? ".data")),
  DATABASE_URL: text,
  DATABASE_POOL_MAX: integer("DATABASE_POOL_MAX", 1, 1000, 10),
  SEED_DEMO: oneOf("SEED_DEMO", ["0", "1"]),
  AUTH_SECRET: text,
  AUTH_TRUST_HOST: oneOf("AUTH_TRUST_HOST", ["0", "1", "true", "false"]).transform((v) => (v === undefined ? undefined : v === "1" || v === "true")),
  AUTH_URL: httpUrl("AUTH_URL"),
  OIDC_ISSUER: text,
  OIDC_CLIENT_ID: text,
  OIDC_CLIENT_SECRET: text,
  OIDC_SCOPES: text,
  OIDC_NAME: text,
  OIDC_UAI_CLAIM: text,
  REPORT_FONT_DIR: text,
  /** Where the fallback fonts' npm packages are (node_modules of the working directory by default). */
  REPORT_NODE_MODULES: text,
  REPORT_CACHE_MAX_BYTES: integer("REPORT_CACHE_MAX_BYTES", 0, MAX, DEFAULT_REPORT_CACHE_MAX_BYTES),
  REPORT_WORKERS: integer("REPORT_WORKERS", 0, MAX),
  /** Where lib/reports/worker-entry.mjs is looked for (the project folder by default): tests. */
  REPORT_WORKER_ROOT: text,
  NEXT_DIST_DIR: text.transform((v) => v ?? ".next"),
  CONTACT_EMAIL: text.transform((v, ctx) => {
    if (v === undefined) return DEFAULT_CONTACT_EMAIL;
    // Plain characters only: the address goes into mailto: links, where "?" or "&" would add headers.
    if (/^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v)) return v;
    ctx.addIssue({
      code: "custom",
      message: `CONTACT_EMAIL invalide (« ${v} ») : une adresse électronique du type contact@exemple.gouv.fr est attendue / invalid CONTACT_EMAIL: an e-mail address is expected`,
    });
    return z.NEVER;
  }),
});

type Fields = z.output<typeof fields>;

export type ServerEnv = Omit<Fields, "SEED_DEMO"> & {
  /** Demo data: always in the embedded mode, only with SEED_DEMO=1 on PostgreSQL. */
  SEED_DEMO: boolean;
  /** PostgreSQL (DATABASE_URL) or the embedded PGlite folder, parsed from DATABASE_URL and DATA_DIR. */
  database: DatabaseConfig;
  /** OpenID Connect sign-in, or null when the OIDC_* variables are unset. */
  oidc: OidcSettings | null;
};

/**
 * Validates a record of environment variables. Every problem is told, all in one line
 * (StartupError): the variables one by one (zod), then the database address and the OpenID
 * Connect settings, which read several variables together.
 */
export function parseEnv(record: Env): ServerEnv {
  const result = fields.safeParse(record);
  const problems = result.success ? [] : result.error.issues.map((i) => i.message);
  const raw = (name: string) => record[name]?.trim() || undefined;
  const attempt = <T,>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof StartupError)) throw error;
      problems.push(error.message);
      return undefined;
    }
  };
  const dataDir = result.success ? result.data.DATA_DIR : path.resolve(/*turbopackIgnore: true*/ raw("DATA_DIR") ?? ".data");
  const database = attempt(() => parseDatabaseUrl(raw("DATABASE_URL"), dataDir));
  const oidc = attempt(() =>
    parseOidc({
      OIDC_ISSUER: raw("OIDC_ISSUER"),
      OIDC_CLIENT_ID: raw("OIDC_CLIENT_ID"),
      OIDC_CLIENT_SECRET: raw("OIDC_CLIENT_SECRET"),
      OIDC_SCOPES: raw("OIDC_SCOPES"),
      OIDC_NAME: raw("OIDC_NAME"),
      OIDC_UAI_CLAIM: raw("OIDC_UAI_CLAIM"),
    }),
  );
  if (!result.success || !database || oidc === undefined || problems.length > 0) throw new StartupError(problems.join(" ; "));
  const v = result.data;
  return { ...v, SEED_DEMO: v.SEED_DEMO === undefined ? database.kind === "pglite" : v.SEED_DEMO === "1", database, oidc };
}

let parsed: ServerEnv | undefined;

/** The configuration of this process, parsed from process.env on first use. */
export function loadEnv(): ServerEnv {
  parsed ??= parseEnv(process.env);
  return parsed;
}

/** The configuration of this process (parsed on first read of any of its fields). Read-only. */
export const env: Readonly<ServerEnv> = new Proxy({} as ServerEnv, {
  get: (_target, key) => loadEnv()[key as keyof ServerEnv],
  has: (_target, key) => key in loadEnv(),
  ownKeys: () => Reflect.ownKeys(loadEnv()),
  getOwnPropertyDescriptor: (_target, key) => ({ ...Reflect.getOwnPropertyDescriptor(loadEnv(), key), configurable: true }),
  set: () => false,
});

/**
 * Hands a secret generated at start-up (lib/config.ts ensureAuthSecret) to Auth.js, which reads
 * AUTH_SECRET from process.env itself.
 */
export function provideAuthSecret(secret: string): void {
  process.env.AUTH_SECRET = secret;
  if (parsed) parsed = { ...parsed, AUTH_SECRET: secret };
}
