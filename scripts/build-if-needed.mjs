/**
 * Builds the production bundle when it is missing or older than the sources, so that
 * `npm start` and the end-to-end tests always serve the current code without a manual step.
 * The stamp is a hash of the paths, sizes and modification times of the sources.
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const SOURCES = ["app", "lib", "db", "criteria", "public", "instrumentation.ts", "auth.ts", "env.ts", "next.config.mjs", "package-lock.json", "tsconfig.json"];
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const stampFile = path.join(distDir, "source-stamp");

function walk(p, out) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name), out);
  } else out.push(`${path.relative(root, p)}:${st.size}:${Math.round(st.mtimeMs)}`);
}

export function sourceStamp() {
  const entries = [];
  for (const s of SOURCES) walk(path.join(root, s), entries);
  return crypto.createHash("sha256").update(entries.join("\n")).digest("hex");
}

export function buildIfNeeded({ quiet = false } = {}) {
  const stamp = sourceStamp();
  const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp;
  if (built) {
    if (!quiet) console.log("[build] version de production à jour");
    return false;
  }
  console.log("[build] construction de la version de production (next build, environ 1 minute)…");
  const t0 = Date.now();
  const r = spawnSync("npm", ["run", "--silent", "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) {
    console.error("[build] échec de la construction : voir les messages ci-dessus");
    process.exit(r.status ?? 1);
  }
  fs.writeFileSync(stampFile, stamp);
  console.log(`[build] terminé en ${Math.round((Date.now() - t0) / 1000)} s`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
