/**
 * `npm run bench [-- name…]`: runs named scenarios on a production build and writes their
 * figures (median and p95, runs, machine cores, date) to docs/performance.md. Results are kept
 * in docs/performance.json so that running one scenario keeps the others' last figures.
 * Later features add their scenarios to the `scenarios` list below.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { buildIfNeeded } from "./build-if-needed.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const next = path.join(root, "node_modules", ".bin", "next");
const jsonFile = path.join(root, "docs", "performance.json");
const mdFile = path.join(root, "docs", "performance.md");

const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const stats = (values, unit) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95), runs: values.length, unit });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function timeCommand(cmd, args, options) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: "ignore", ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} a échoué (${r.status})`);
  return (performance.now() - t0) / 1000;
}

/** Starts `next start` and resolves with the time to the first 200 on `/`, plus a stop function. */
async function startServer(env, port) {
  const t0 = performance.now();
  const child = spawn(next, ["start", "-p", String(port)], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: "ignore" });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error("le serveur s'est arrêté au démarrage");
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("le serveur n'a pas répondu en 120 s");
    await sleep(25);
  }
  const seconds = (performance.now() - t0) / 1000;
  const stop = () =>
    new Promise((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGTERM");
    });
  return { seconds, stop, url: `http://127.0.0.1:${port}` };
}

const tmp = (prefix) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** Server time of one page: fresh PGlite folder, 20 warm-up requests, then `runs` timed requests. */
async function pageServerTime(pagePath, port, runs = 100, env = null) {
  const dir = tmp("bench-page-");
  const server = await startServer(env ?? { DATA_DIR: dir }, port);
  try {
    for (let i = 0; i < 20; i++) await (await fetch(`${server.url}${pagePath}`)).text();
    const values = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = await fetch(`${server.url}${pagePath}`);
      await r.text();
      if (r.status !== 200) throw new Error(`${pagePath} a répondu ${r.status}`);
      values.push(performance.now() - t0);
    }
    return stats(values, "ms");
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Server time of `/` while PDF reports are being laid out: two clients download the three demo
 * publications' reports in turn, with the publication cache off so that each download is a real
 * render; meanwhile `runs` timed requests of `/`. Shows what a report costs the other users.
 */
async function serverTimeDuringReports(port, workers, runs) {
  const dir = tmp("bench-pdf-load-");
  const server = await startServer({ DATA_DIR: dir, REPORT_WORKERS: String(workers), REPORT_CACHE_MAX_BYTES: "0" }, port);
  const reports = ["demo-svc-vie-scolaire", "demo-svc-messagerie", "demo-svc-manuels"].map((id) => `${server.url}/services/${id}/rapport`);
  let stop = false;
  let rendered = 0;
  const downloader = async (offset) => {
    for (let i = offset; !stop; i++) {
      const r = await fetch(reports[i % reports.length]);
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${reports[i % reports.length]} a répondu ${r.status}`);
      rendered += 1;
    }
  };
  try {
    for (let i = 0; i < 20; i++) await (await fetch(`${server.url}/`)).text();
    for (const url of reports) await (await fetch(url)).arrayBuffer(); // fonts loaded, worker started
    const downloads = [downloader(0), downloader(1)];
    const values = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = await fetch(`${server.url}/`);
      await r.text();
      values.push(performance.now() - t0);
    }
    stop = true;
    await Promise.all(downloads);
    console.log(`[bench] ${rendered} rapports PDF rendus pendant la mesure`);
    return stats(values, "ms");
  } finally {
    stop = true;
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Scripts that reach server-only modules (db/client.ts, the stores) run with the condition Next.js's
// server bundles use: `import "server-only"` then resolves to its empty module.
const SERVER_CONDITION = "--conditions=react-server";

/** Runs scripts/bench-lib.ts (TypeScript, through tsx) and returns its durations in ms. */
function libDurations(name) {
  const r = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [SERVER_CONDITION, path.join(root, "scripts", "bench-lib.ts"), name], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** Runs scripts/bench-pdf.ts once per report kind and bench process (time and memory scenarios read the same runs). */
const pdfRuns = new Map();
function pdfBench(kind) {
  if (!pdfRuns.has(kind)) {
    const r = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "scripts", "bench-pdf.ts"), "20", kind], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`bench-pdf.ts ${kind} a échoué : ${r.stderr}`);
    const runs = JSON.parse(r.stdout);
    console.log(`[bench] rapport PDF ${kind} : ${runs.pages} pages, ${Math.round(runs.bytes / 1024)} Kio`);
    pdfRuns.set(kind, runs);
  }
  return pdfRuns.get(kind);
}

const scenarios = [
  {
    name: "npm-ci",
    label: "`npm ci` (cache npm chaud, sans scripts d'installation)",
    async run() {
      const dir = tmp("bench-npm-ci-");
      for (const f of ["package.json", "package-lock.json"]) fs.copyFileSync(path.join(root, f), path.join(dir, f));
      const s = await timeCommand("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: dir });
      fs.rmSync(dir, { recursive: true, force: true });
      return stats([s], "s");
    },
  },
  {
    name: "next-build",
    label: "`next build` depuis zéro",
    async run() {
      fs.rmSync(path.join(root, process.env.NEXT_DIST_DIR || ".next"), { recursive: true, force: true });
      const t0 = performance.now();
      buildIfNeeded({ quiet: true });
      return stats([(performance.now() - t0) / 1000], "s");
    },
  },
  {
    name: "cold-start-new",
    label: "Démarrage jusqu'à la première page, nouveau dossier PGlite (initdb, migrations, données)",
    async run() {
      const values = [];
      for (let i = 0; i < 3; i++) {
        const dir = tmp("bench-start-");
        const server = await startServer({ DATA_DIR: dir }, 3310);
        values.push(server.seconds);
        await server.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
      return stats(values, "s");
    },
  },
  {
    name: "cold-start-existing",
    label: "Démarrage jusqu'à la première page, dossier PGlite existant",
    async run() {
      const dir = tmp("bench-start-");
      await (await startServer({ DATA_DIR: dir }, 3311)).stop();
      const values = [];
      for (let i = 0; i < 3; i++) {
        const server = await startServer({ DATA_DIR: dir }, 3311);
        values.push(server.seconds);
        await server.stop();
      }
      fs.rmSync(dir, { recursive: true, force: true });
      return stats(values, "s");
    },
  },
  {
    name: "home-server-time",
    label: "Temps serveur de la page d'accueil (200 requêtes successives, PGlite)",
    async run() {
      const dir = tmp("bench-home-");
      const server = await startServer({ DATA_DIR: dir }, 3312);
      for (let i = 0; i < 20; i++) await (await fetch(`${server.url}/`)).text(); // warm-up
      const values = [];
      for (let i = 0; i < 200; i++) {
        const t0 = performance.now();
        const r = await fetch(`${server.url}/`);
        await r.text();
        values.push(performance.now() - t0);
      }
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      return stats(values, "ms");
    },
  },
  {
    name: "home-first-load-js",
    label: "JavaScript au premier chargement de l'accueil (gzip)",
    async run() {
      const dir = tmp("bench-js-");
      const server = await startServer({ DATA_DIR: dir }, 3313);
      const html = await (await fetch(`${server.url}/`)).text();
      const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
      let bytes = 0;
      for (const src of scripts) {
        const body = Buffer.from(await (await fetch(new URL(src, server.url))).arrayBuffer());
        bytes += zlib.gzipSync(body, { level: 9 }).length;
      }
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      return stats([bytes / 1024], "Kio");
    },
  },
  {
    name: "grid-load",
    label: "Chargement et validation de la grille (YAML + zod, 50 chargements)",
    inProcess: true,
    async run() {
      return stats(libDurations("grid-load"), "ms");
    },
  },
  {
    name: "score-60",
    label: "Calcul des scores d'un positionnement de 60 critères (10 000 calculs)",
    inProcess: true,
    async run() {
      return stats(libDurations("score-60"), "ms");
    },
  },
  {
    name: "pdf-service-60",
    label: "Rapport PDF d'un service de 60 critères, justifications longues (~1 100 caractères) : préparation et rendu, 20 rendus après 2 de chauffe",
    inProcess: true,
    async run() {
      return stats(pdfBench("service").durations, "ms");
    },
  },
  {
    name: "pdf-service-60-memory",
    label: "Mémoire maximale (RSS) du processus qui fait ces 22 rendus du rapport PDF de 60 critères",
    inProcess: true,
    async run() {
      return stats([pdfBench("service").peakRssMiB], "Mio");
    },
  },
  {
    name: "pdf-school-30",
    label: "Rapport de conformité PDF d'un établissement de 30 services (écarts, décisions, contexte territorial) : préparation et rendu, 20 rendus après 2 de chauffe",
    inProcess: true,
    async run() {
      return stats(pdfBench("school").durations, "ms");
    },
  },
  {
    name: "pdf-school-30-memory",
    label: "Mémoire maximale (RSS) du processus qui fait ces 22 rendus du rapport de conformité de 30 services",
    inProcess: true,
    async run() {
      return stats([pdfBench("school").peakRssMiB], "Mio");
    },
  },
  {
    name: "home-during-pdf",
    label: "Temps serveur de l'accueil pendant que deux clients téléchargent des rapports PDF sans cache (rendu sur un fil de travail ; 100 requêtes)",
    async run() {
      return serverTimeDuringReports(3321, 1, 100);
    },
  },
  {
    name: "home-during-pdf-main-thread",
    label: "Même mesure, rendu des PDF sur le fil du serveur (REPORT_WORKERS=0), pour comparaison (10 requêtes : chacune attend les rendus en cours)",
    async run() {
      return serverTimeDuringReports(3322, 0, 10);
    },
  },
  {
    name: "territoires-server-time",
    label: "Temps serveur de /territoires (carte, tableau de 105 lignes ; 100 requêtes, PGlite)",
    async run() {
      return pageServerTime("/territoires", 3314);
    },
  },
  {
    name: "departement-server-time",
    label: "Temps serveur d'une page de département, /territoires/2A (100 requêtes, PGlite)",
    async run() {
      return pageServerTime("/territoires/2A", 3315);
    },
  },
  {
    name: "school-page-30",
    label: "Page d'un établissement de 30 services, lectures serveur (5 000 établissements, 50 000 décisions ; 200 mesures)",
    inProcess: true,
    async run() {
      const r = schoolsBench().schoolPage30;
      return { median: r.p50ms, p95: r.p95ms, runs: r.runs, unit: "ms" };
    },
  },
  {
    name: "annuaire-import-63000",
    label: "Import de l'annuaire : fichier généré de 63 000 lignes (débit)",
    inProcess: true,
    async run() {
      const r = schoolsBench().import;
      return { median: r.linesPerSecond, p95: r.linesPerSecond, runs: 1, unit: "lignes/s" };
    },
  },
  {
    name: "scale-territoires",
    label: "Échelle nationale : temps serveur de /territoires (63 000 établissements ; 100 requêtes)",
    needsScale: true,
    async run() {
      return pageServerTime("/territoires", 3317, 100, { DATABASE_URL: scaleUrl, SEED_DEMO: "0", AUTH_SECRET: "bench-secret-0123456789abcdef0123456789" });
    },
  },
  {
    name: "scale-departement",
    label: "Échelle nationale : temps serveur de /territoires/26 demandée 100 fois de suite (environ 600 établissements, relus au plus toutes les 10 s)",
    needsScale: true,
    async run() {
      return pageServerTime("/territoires/26", 3318, 100, { DATABASE_URL: scaleUrl, SEED_DEMO: "0", AUTH_SECRET: "bench-secret-0123456789abcdef0123456789" });
    },
  },
  {
    name: "scale-departement-cold",
    label:
      "Échelle nationale : première demande de chaque page de département, établissements relus et mis en page (environ 600 chacun ; 105 requêtes)",
    needsScale: true,
    async run() {
      const server = await startServer({ DATABASE_URL: scaleUrl, SEED_DEMO: "0", AUTH_SECRET: "bench-secret-0123456789abcdef0123456789" }, 3319);
      try {
        const csv = await (await fetch(`${server.url}/territoires/export?separateur=virgule`)).text();
        const codes = csv.split("\r\n").slice(1).filter(Boolean).map((line) => line.split(",")[0]);
        for (let i = 0; i < 20; i++) await (await fetch(`${server.url}/territoires/26`)).text();
        // The schools of a département stay 10 s in memory (SCHOOLS_CACHE_MS, lib/territory.ts): let them expire.
        await sleep(10_500);
        const values = [];
        for (const code of codes) {
          const t0 = performance.now();
          const r = await fetch(`${server.url}/territoires/${code}`);
          await r.text();
          if (r.status !== 200) throw new Error(`/territoires/${code} a répondu ${r.status}`);
          values.push(performance.now() - t0);
        }
        return stats(values, "ms");
      } finally {
        await server.stop();
      }
    },
  },
  {
    name: "scale-save",
    label: "Échelle nationale : enregistrement d'une réponse, temps serveur (chargement du brouillon + sauvegarde versionnée + journal)",
    inProcess: true,
    needsScale: true,
    async run() {
      return stats(libDurations("scale-save"), "ms");
    },
  },
  {
    name: "scale-service-page",
    label: "Échelle nationale : page publique d'un service (100 requêtes)",
    needsScale: true,
    async run() {
      const server = await startServer({ DATABASE_URL: scaleUrl, SEED_DEMO: "0", AUTH_SECRET: "bench-secret-0123456789abcdef0123456789" }, 3314);
      const values = [];
      for (let i = 0; i < 110; i++) {
        const id = `scale-svc-${((i * 7919) % 10000) * 2}`;
        const t0 = performance.now();
        const r = await fetch(`${server.url}/services/${id}`);
        await r.text();
        if (r.status !== 200) throw new Error(`/services/${id} : ${r.status}`);
        if (i >= 10) values.push(performance.now() - t0);
      }
      await server.stop();
      return stats(values, "ms");
    },
  },
  {
    name: "scale-catalogue-page",
    label: "Échelle nationale : catalogue public /services, 10 000 services publiés (50 requêtes)",
    needsScale: true,
    async run() {
      const server = await startServer({ DATABASE_URL: scaleUrl, SEED_DEMO: "0", AUTH_SECRET: "bench-secret-0123456789abcdef0123456789" }, 3315);
      const values = [];
      for (let i = 0; i < 55; i++) {
        const t0 = performance.now();
        const r = await fetch(`${server.url}/services?page=${(i % 5) + 1}`);
        await r.text();
        if (i >= 5) values.push(performance.now() - t0);
      }
      await server.stop();
      return stats(values, "ms");
    },
  },
  {
    name: "form-page-first-load-js",
    label: "JavaScript au premier chargement du formulaire de positionnement (gzip)",
    async run() {
      const dir = tmp("bench-form-");
      const server = await startServer({ DATA_DIR: dir }, 3316);
      const cookie = await signIn(server.url, "editeur.cartable@demo.invalid", "demonstration-2026");
      const html = await (await fetch(`${server.url}/mes-services/demo-svc-vie-scolaire/positionnement`, { headers: { cookie } })).text();
      if (!html.includes("Positionnement de")) throw new Error("formulaire non atteint (connexion refusée ?)");
      const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
      let bytes = 0;
      for (const src of scripts) bytes += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, server.url))).arrayBuffer()), { level: 9 }).length;
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      return stats([bytes / 1024], "Kio");
    },
  },
];

/** Runs scripts/bench-schools.ts once per bench process (both schools scenarios read the same run). */
let schoolsRun = null;
function schoolsBench() {
  if (!schoolsRun) {
    const env = { ...process.env };
    // On PostgreSQL when a server is given (a throwaway database is created there), else PGlite in memory.
    if (process.env.BENCH_SCALE_DATABASE_URL) env.BENCH_DATABASE_URL = process.env.BENCH_SCALE_DATABASE_URL;
    const r = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [SERVER_CONDITION, path.join(root, "scripts", "bench-schools.ts")], { cwd: root, encoding: "utf8", env });
    if (r.status !== 0) throw new Error(r.stderr);
    schoolsRun = JSON.parse(r.stdout);
  }
  return schoolsRun;
}

/** Signs in through Auth.js's credentials endpoint and returns the session cookie. */
async function signIn(base, email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: base }),
  });
  return [...jar, ...r.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

const wanted = process.argv.slice(2);
const selected = wanted.length ? scenarios.filter((s) => wanted.includes(s.name)) : scenarios;
if (wanted.length && selected.length !== wanted.length) {
  console.error(`Scénarios connus : ${scenarios.map((s) => s.name).join(", ")}`);
  process.exit(1);
}

// Scenarios marked needsScale run on the database made by `npm run seed:scale` (BENCH_SCALE_DATABASE_URL).
const scaleUrl = process.env.BENCH_SCALE_DATABASE_URL;
if (!scaleUrl) {
  const skipped = selected.filter((s) => s.needsScale);
  if (skipped.length) console.log(`[bench] sans BENCH_SCALE_DATABASE_URL, scénarios d'échelle ignorés : ${skipped.map((s) => s.name).join(", ")} (voir README)`);
  for (const s of skipped) selected.splice(selected.indexOf(s), 1);
} else process.env.BENCH_SCALE_DATABASE_URL = scaleUrl;
// Scenarios marked inProcess measure the library alone and need no production build.
if (selected.some((s) => !s.inProcess)) buildIfNeeded();
const previous = fs.existsSync(jsonFile) ? JSON.parse(fs.readFileSync(jsonFile, "utf8")) : {};
const machine = { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
for (const s of selected) {
  process.stdout.write(`[bench] ${s.name}… `);
  const result = await s.run();
  previous[s.name] = { label: s.label, ...result, date: new Date().toISOString(), machine };
  console.log(`médiane ${result.median.toFixed(2)} ${result.unit}, p95 ${result.p95.toFixed(2)} ${result.unit} (${result.runs} mesure(s))`);
}
fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
fs.writeFileSync(jsonFile, JSON.stringify(previous, null, 2) + "\n");

const fmt = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(2)).replace(".", ",");
const lines = [
  "# Performances",
  "",
  "Mesures écrites par `npm run bench` (scripts/bench.mjs) sur une version de production. Chaque ligne garde la date",
  "et la machine de sa dernière mesure ; `npm run bench -- <nom>` ne refait que ce scénario.",
  "",
  "| scénario | nom | médiane | p95 | mesures | date | machine |",
  "|---|---|---|---|---|---|---|",
  ...scenarios
    .filter((s) => previous[s.name])
    .map((s) => {
      const r = previous[s.name];
      return `| ${r.label} | \`${s.name}\` | ${fmt(r.median)} ${r.unit} | ${fmt(r.p95)} ${r.unit} | ${r.runs} | ${r.date.slice(0, 10)} | ${r.machine.cores} cœurs, ${r.machine.memoryGiB} Gio, Node ${r.machine.node} |`;
    }),
  "",
];
fs.writeFileSync(mdFile, lines.join("\n"));
console.log(`[bench] résultats écrits dans ${path.relative(root, mdFile)}`);
