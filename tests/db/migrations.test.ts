import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { sql } from "drizzle-orm";
import fs from "node:fs";
import { runMigrations } from "@/db/migrate";
import { rowsOf } from "@/db/client";
import { pgliteTarget, postgresBaseUrl, postgresTarget, targets, type TestDb } from "./targets";

async function tablesOf(db: TestDb): Promise<string[]> {
  const rows = await db.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return rowsOf<{ table_name: string }>(rows).map((r) => r.table_name);
}

async function columnsOf(db: TestDb): Promise<string[]> {
  const rows = await db.db.execute<{ c: string }>(
    sql`select table_name || '.' || column_name || ':' || data_type || ':' || is_nullable as c
        from information_schema.columns where table_schema = 'public' order by 1`,
  );
  return rowsOf<{ c: string }>(rows).map((r) => r.c);
}

describe.each(targets)("migrations on $name", (target) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await target.create({ folder: true });
  });
  afterAll(async () => db?.dispose());

  it("apply to an empty database and create the schema's tables", async () => {
    await runMigrations(db);
    const tables = await tablesOf(db);
    for (const t of ["departement", "ent_deploiement_2018", "ent_deploiement_2025", "projet_ent", "projet_ent_departement", "chiffre_national", "app_setting", "organisation", "service", "school"]) {
      expect(tables).toContain(t);
    }
  });

  it("are idempotent: a second run changes nothing", async () => {
    const before = await columnsOf(db);
    await runMigrations(db);
    expect(await columnsOf(db)).toEqual(before);
  });
});

describe.runIf(postgresBaseUrl)("migrations on both drivers", () => {
  it("leave the same tables and columns on PostgreSQL and on a PGlite folder", async () => {
    const pg = await postgresTarget.create();
    const lite = await pgliteTarget.create({ folder: true });
    try {
      await Promise.all([runMigrations(pg), runMigrations(lite)]);
      expect(await columnsOf(lite)).toEqual(await columnsOf(pg));
      expect((await tablesOf(pg)).length).toBeGreaterThan(5);
    } finally {
      await Promise.all([pg.dispose(), lite.dispose()]);
    }
  });

  it("survive two instances migrating the same PostgreSQL database at once (advisory lock)", async () => {
    const pg = await postgresTarget.create();
    try {
      const results = await Promise.allSettled([runMigrations(pg), runMigrations(pg), runMigrations(pg)]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
      const applied = await pg.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const n = rowsOf<{ n: number }>(applied)[0].n;
      const journal = JSON.parse(fs.readFileSync("db/migrations/meta/_journal.json", "utf8"));
      expect(n).toBe(journal.entries.length);
    } finally {
      await pg.dispose();
    }
  });
});
