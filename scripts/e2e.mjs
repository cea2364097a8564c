/**
 * End-to-end tests: builds when needed, gives the server a fresh database (a new PostgreSQL
 * database when DATABASE_URL or TEST_DATABASE_URL is set, else a new PGlite folder), runs
 * Playwright, then drops what it created.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { buildIfNeeded } from "./build-if-needed.mjs";

buildIfNeeded();
const env = { ...process.env };
const baseUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
let dropDatabase = async () => {};
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "positionnement-e2e-"));
env.E2E_DATA_DIR = dataDir;
delete env.DATABASE_URL;
if (baseUrl) {
  const name = `e2e_${Date.now()}_${process.pid}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  env.E2E_DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const sql = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.end();
  };
  console.log(`[e2e] base PostgreSQL neuve : ${name}`);
} else {
  console.log(`[e2e] base PGlite neuve : ${dataDir}`);
}
const r = spawnSync("node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], { stdio: "inherit", env });
await dropDatabase();
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(r.status ?? 1);
