/**
 * Applies the committed drizzle-kit migrations (db/migrations) at start-up, on either driver.
 * Idempotent: drizzle records applied migrations in drizzle.__drizzle_migrations.
 * On PostgreSQL, a session-level advisory lock serialises instances that start together.
 */
import path from "node:path";
import postgres from "postgres";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DbHandle } from "./client";

export const migrationsFolder = () => path.join(process.cwd(), "db", "migrations");

/** Arbitrary constant identifying our migration lock among advisory locks. */
const MIGRATION_LOCK_KEY = 472_019_2025;

export async function runMigrations(handle: DbHandle, folder = migrationsFolder()): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    return;
  }
  if (handle.config.kind !== "postgres") throw new Error("configuration incohérente");
  // A dedicated single connection: the advisory lock belongs to the session that took it.
  const sql = postgres(handle.config.url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migratePostgres(drizzlePostgres({ client: sql }), { migrationsFolder: folder });
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
