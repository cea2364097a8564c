/**
 * The databases every database suite runs on: always PGlite, and PostgreSQL when
 * TEST_DATABASE_URL or DATABASE_URL is set. Each suite gets its own throwaway database.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import postgres from "postgres";
import { openDb, type DbHandle } from "@/db/client";

export type TestDb = DbHandle & { dispose: () => Promise<void>; label: string };
export type Target = { name: "pglite" | "postgres"; create: (options?: { folder?: boolean }) => Promise<TestDb> };

export const postgresBaseUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || "";

const pgliteTarget: Target = {
  name: "pglite",
  async create(options = {}) {
    const dir = options.folder ? fs.mkdtempSync(path.join(os.tmpdir(), "positionnement-test-")) : null;
    const handle = openDb({ kind: "pglite", dir: dir ?? "memory://" });
    return {
      ...handle,
      label: dir ?? "memory://",
      dispose: async () => {
        await handle.close();
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgresTarget: Target = {
  name: "postgres",
  async create() {
    const name = `test_${Date.now()}_${crypto.randomBytes(4).toString("hex")}`;
    const admin = postgres(postgresBaseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const url = new URL(postgresBaseUrl);
    url.pathname = `/${name}`;
    const handle = openDb({ kind: "postgres", url: url.toString(), display: name });
    return {
      ...handle,
      label: name,
      dispose: async () => {
        await handle.close();
        const sql = postgres(postgresBaseUrl, { max: 1, onnotice: () => {} });
        await sql.unsafe(`drop database if exists "${name}" with (force)`);
        await sql.end();
      },
    };
  },
};

export const targets: Target[] = postgresBaseUrl ? [pgliteTarget, postgresTarget] : [pgliteTarget];
export { pgliteTarget, postgresTarget };
