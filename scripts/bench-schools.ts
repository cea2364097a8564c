/**
 * Measures of the schools' side, in process (`npx tsx scripts/bench-schools.ts`), on a throwaway
 * database (PGlite in memory, or a new PostgreSQL database when BENCH_DATABASE_URL is set):
 *  1. import throughput of a generated 63,000-line directory file (official columns), then of the
 *     same file again (nothing to change);
 *  2. server work of a school page with 30 services (schoolOverview + reviewHistory, what the page
 *     reads before rendering) on a national-scale table: ~12,000 imported collèges and lycées,
 *     300 published services, 10 services with a decision in each of 5,000 schools.
 * Prints one JSON object. Not wired into `npm run bench` (scripts/bench.mjs belongs to another change).
 */
import crypto from "node:crypto";
import postgres from "postgres";
import { openDb, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { loadReferenceData } from "@/lib/startup/reference";
import { registerGrids } from "@/lib/startup/grids";
import { publications } from "@/db/assessment-schema";
import { reviews, schoolServices } from "@/db/school-schema";
import { organisations, services, users } from "@/db/schema";
import { currentGrid } from "@/lib/grid/current";
import { applicableCriteria, makeProfile } from "@/lib/grid/profile";
import { buildSnapshot } from "@/lib/assessment/snapshot";
import { answerContentSchema, type AnswerContent } from "@/lib/assessment/answer";
import { importDirectory } from "@/lib/schools/annuaire";
import { reviewHistory, schoolOverview } from "@/lib/schools/store";
import { DECISIONS } from "@/lib/schools/input";

const LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
const uaiOf = (n: number) => `${String(n).padStart(7, "0")}${LETTERS[n % 23]}`;
const DEPS = ["01", "13", "26", "33", "38", "59", "69", "75", "2A", "971"];
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
};

function directory(lines: number): string {
  const header = "identifiant_de_l_etablissement;nom_etablissement;type_etablissement;statut_public_prive;adresse_1;code_postal;code_commune;nom_commune;code_departement;code_academie;code_region;libelle_nature;etat";
  const out = [header];
  for (let i = 0; i < lines; i++) {
    const n = 100_000 + i * 97;
    const dep = DEPS[i % DEPS.length];
    // The real file is mostly écoles: 80 % here, ignored by the import.
    const [type, nature] = i % 5 === 0 ? ["Collège", "COLLEGE"] : i % 10 === 1 ? ["Lycée", "LYCEE PROFESSIONNEL"] : ["Ecole", "ECOLE ELEMENTAIRE PUBLIQUE"];
    out.push(`${uaiOf(n)};Établissement ${i};${type};${i % 7 === 0 ? "Privé" : "Public"};${i} rue de l'École;26000;${dep === "2A" ? "2A004" : `${dep.padStart(2, "0")}001`};Commune ${i % 500};${dep.length === 2 ? `0${dep}` : dep};08;84;${nature};OUVERT`);
  }
  return out.join("\r\n") + "\r\n";
}

async function open(): Promise<{ handle: DbHandle; dispose: () => Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL;
  if (!base) {
    const handle = openDb({ kind: "pglite", dir: "memory://" });
    return { handle, dispose: () => handle.close() };
  }
  const name = `bench_schools_${Date.now()}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = openDb({ kind: "postgres", url: url.toString(), display: name });
  return {
    handle,
    dispose: async () => {
      await handle.close();
      const sql = postgres(base, { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop database if exists "${name}" with (force)`);
      await sql.end();
    },
  };
}

const { handle, dispose } = await open();
const db = handle.db;
try {
  await runMigrations(handle);
  await loadReferenceData(db);
  const grid = currentGrid();
  await registerGrids(db, [grid]);

  // 1. Import
  const text = directory(63_000);
  let t0 = performance.now();
  const first = await importDirectory(db, text);
  const firstMs = performance.now() - t0;
  t0 = performance.now();
  const again = await importDirectory(db, text);
  const againMs = performance.now() - t0;

  // 2. National-scale tables
  const uais: string[] = [];
  for (let i = 0; i < 63_000 && uais.length < 5_000; i++) if (i % 5 === 0 || i % 10 === 1) uais.push(uaiOf(100_000 + i * 97));
  await db.insert(users).values({ id: "bench-head", email: "bench@exemple.fr", name: "Chef de mesure" });
  await db.insert(organisations).values({ id: "bench-org", name: "Éditeur de mesure", siren: "900000019" });
  const profile = makeProfile("vie-scolaire", ["eleves", "personnels", "authentification", "donneesEleves"]);
  const answers = new Map<string, AnswerContent>(applicableCriteria(grid, profile).map((c, i) => [c.id, answerContentSchema.parse({ level: (i % 4) + 1, justification: "Mesure" })]));
  const snapshot = buildSnapshot({ grid, service: { name: "Service", description: "", url: null, profile }, organisation: { name: "Éditeur de mesure" }, answers });
  const serviceIds = Array.from({ length: 300 }, (_, i) => `bench-svc-${i}`);
  await db.insert(services).values(serviceIds.map((id, i) => ({ id, organisationId: "bench-org", name: `Service ${i}`, category: "vie-scolaire", profile: profile.flags })));
  await db.insert(publications).values(serviceIds.flatMap((id, i) => [1, 2].map((number) => ({ id: crypto.randomUUID(), serviceId: id, number, gridVersion: grid.version, snapshot: { ...snapshot, service: { ...snapshot.service, name: `Service ${i}` } } }))));
  for (let k = 0; k < uais.length; k += 500) {
    const chunk = uais.slice(k, k + 500);
    const rows = chunk.flatMap((uai, j) => Array.from({ length: uai === uais[0] ? 30 : 10 }, (_, s) => ({ id: crypto.randomUUID(), uai, serviceId: serviceIds[(j * 13 + s * 7) % 300], addedBy: "bench-head" })));
    await db.insert(schoolServices).values(rows);
    await db.insert(reviews).values(rows.map((r, x) => ({ schoolServiceId: r.id, uai: r.uai, decision: DECISIONS[x % 4], comment: "Mesure", publicationNumber: 1, gridVersion: grid.version, decidedBy: "bench-head" })));
  }
  const target = uais[0];
  const page: number[] = [];
  for (let i = 0; i < 220; i++) {
    const s = performance.now();
    const rows = await schoolOverview(db, target, { currentGridVersion: grid.version });
    await reviewHistory(db, target, { limit: 20 });
    if (rows.length !== 30) throw new Error(`30 services attendus, ${rows.length} lus`);
    if (i >= 20) page.push(performance.now() - s);
  }
  console.log(
    JSON.stringify(
      {
        driver: handle.kind,
        import: {
          lines: first.read,
          created: first.created,
          ignored: first.ignored,
          seconds: Math.round(firstMs) / 1000,
          linesPerSecond: Math.round(first.read / (firstMs / 1000)),
          reimportUnchanged: again.unchanged,
          reimportSeconds: Math.round(againMs) / 1000,
        },
        schoolPage30: { schools: uais.length, runs: page.length, p50ms: pct(page, 50), p95ms: pct(page, 95) },
      },
      null,
      2,
    ),
  );
} finally {
  await dispose();
}
