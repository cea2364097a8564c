/**
 * One database module, two drivers: postgres.js for a real PostgreSQL (DATABASE_URL),
 * PGlite (PostgreSQL compiled to WASM) in a data folder for the embedded default.
 * Both are exposed as the same drizzle type; see docs/adr/0001-une-base-deux-pilotes.md.
 * Server only: a client component that imports it fails to build (and to lint).
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { env, StartupError, type DatabaseConfig } from "@/env";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbHandle = {
  db: Db;
  kind: "postgres" | "pglite";
  config: DatabaseConfig;
  /** postgres.js client when kind = postgres (for locks and checks) */
  sql?: postgres.Sql;
  pglite?: PGlite;
  close: () => Promise<void>;
};

export function openDb(config: DatabaseConfig = env.database): DbHandle {
  if (config.kind === "postgres") {
    const sql = postgres(config.url, {
      max: env.DATABASE_POOL_MAX,
      onnotice: () => {},
      connect_timeout: 10,
    });
    const db = drizzlePostgres({ client: sql, schema }) as unknown as Db;
    return { db, kind: "postgres", config, sql, close: () => sql.end({ timeout: 5 }) };
  }
  // PGlite's file system does not create parent folders.
  const dir = config.dir === "memory://" ? null : path.resolve(/*turbopackIgnore: true*/ config.dir);
  if (dir) fs.mkdirSync(dir, { recursive: true });
  const pglite = dir ? new PGlite(dir) : new PGlite();
  const db = drizzlePglite({ client: pglite, schema }) as unknown as Db;
  return { db, kind: "pglite", config, pglite, close: () => pglite.close() };
}

/** Turns a connection failure into one clear line naming the problem. */
export function describeConnectionError(error: unknown, display: string): StartupError {
  const e = error as { code?: string; message?: string; errors?: { code?: string }[] };
  const code = e?.code ?? e?.errors?.[0]?.code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: "connexion refusée (le serveur est-il démarré ?) / connection refused",
    ENOTFOUND: "hôte inconnu / unknown host",
    EAI_AGAIN: "hôte introuvable / host lookup failed",
    ETIMEDOUT: "délai de connexion dépassé / connection timed out",
    CONNECT_TIMEOUT: "délai de connexion dépassé / connection timed out",
    "28P01": "authentification refusée / password authentication failed",
    "28000": "accès refusé / access denied",
    "3D000": "la base n'existe pas / database does not exist",
  };
  const reason = (code && reasons[code]) ?? `${e?.message ?? String(error)}`;
  return new StartupError(`Base de données injoignable (${display}) : ${reason}`);
}

/** Checks that PostgreSQL answers before anything else runs. */
export async function checkConnection(handle: DbHandle): Promise<void> {
  if (handle.kind !== "postgres" || !handle.sql || handle.config.kind !== "postgres") return;
  try {
    await handle.sql`select 1`;
  } catch (error) {
    throw describeConnectionError(error, handle.config.display);
  }
}

// One handle per server process: PGlite must never be opened twice on one folder
// (two processes or two instances on one folder silently lose writes).
const globalForDb = globalThis as unknown as { __dbHandle?: DbHandle };

export function getDbHandle(): DbHandle {
  globalForDb.__dbHandle ??= openDb();
  return globalForDb.__dbHandle;
}

export function getDb(): Db {
  return getDbHandle().db;
}

/** Rows of a raw `db.execute()`: postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] })?.rows ?? []) as T[];
}
