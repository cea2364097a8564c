/**
 * `npm run seed:scale`: fills a PostgreSQL database with a national-scale data set for the
 * benchmarks: 63,000 schools, 2,000 editor organisations, 20,000 services with their draft
 * assessments (60 answers each: 1.2 million answers) and one publication for half of them.
 * Refuses the embedded PGlite database (far too slow for this volume, and one process per folder).
 * Usage: DATABASE_URL=postgres://… npm run seed:scale   (the database is migrated first; existing
 * scale rows, ids starting with "scale-", are replaced).
 */
import crypto from "node:crypto";
import postgres from "postgres";
import { databaseConfig } from "@/lib/config";
import { openDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { loadReferenceData } from "@/lib/startup/reference";
import { registerGrids } from "@/lib/startup/grids";
import { allGrids, currentGrid } from "@/lib/grid/current";
import { applicableCriteria, makeProfile, PROFILE_FLAGS, SERVICE_CATEGORIES, type ProfileFlag } from "@/lib/grid/profile";
import { answerContentSchema, type AnswerContent } from "@/lib/assessment/answer";
import { buildSnapshot } from "@/lib/assessment/snapshot";
import { catalogueSummary, foldSearch } from "@/lib/assessment/catalogue";

const SCHOOLS = Number(process.env.SCALE_SCHOOLS ?? 63_000);
const ORGS = Number(process.env.SCALE_ORGS ?? 2_000);
const SERVICES = Number(process.env.SCALE_SERVICES ?? 20_000);
const ANSWERS_PER_SERVICE = 60;
const UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

const config = databaseConfig();
if (config.kind !== "postgres") {
  console.error("seed:scale demande une base PostgreSQL : définissez DATABASE_URL (la base embarquée PGlite n'est pas faite pour ce volume).");
  process.exit(1);
}

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

const t0 = performance.now();
const handle = openDb(config);
await runMigrations(handle);
await loadReferenceData(handle.db);
await registerGrids(handle.db, allGrids());
const sql = postgres(config.url, { max: 4, onnotice: () => {} });
const grid = currentGrid();

console.log("[seed:scale] suppression des données d'une précédente génération…");
await sql`delete from service where id like 'scale-%'`;
await sql`delete from organisation where id like 'scale-%'`;
await sql`delete from school where uai in (select uai from school where name like 'Établissement synthétique %')`;
await sql`insert into "user" (id, email, name) values ('scale-user', 'scale@exemple.invalid', 'Éditeur synthétique') on conflict do nothing`;

const deps = (await sql`select code from departement`).map((r) => r.code as string);
// Rows are plain objects whose keys are column names; postgres.js's generic typing of the
// insert helper cannot follow a generic row type, hence the cast.
type Row = Record<string, postgres.ParameterOrJSON<never>>;
async function insertBatches(table: string, rows: Record<string, unknown>[], size = 2000) {
  for (let i = 0; i < rows.length; i += size) await sql`insert into ${sql(table)} ${sql(rows.slice(i, i + size) as Row[])} on conflict do nothing`;
}

console.log(`[seed:scale] ${SCHOOLS} établissements…`);
const schoolRows = Array.from({ length: SCHOOLS }, (_, i) => {
  const digits = String(9_000_000 + i).padStart(7, "0").slice(-7);
  return { uai: `${digits}${UAI_LETTERS[Number(digits) % 23]}`, name: `Établissement synthétique ${i + 1}`, kind: i % 3 ? "Collège" : "Lycée", is_public: true, departement_code: pick(deps), is_demo: false };
});
await insertBatches("school", schoolRows);

console.log(`[seed:scale] ${ORGS} organisations, ${SERVICES} services…`);
const sirenWithKey = (base: number) => {
  const s8 = String(base).padStart(8, "0");
  for (let k = 0; k < 10; k++) {
    const s = `${s8}${k}`;
    let sum = 0;
    for (let j = 0; j < 9; j++) {
      let d = Number(s[8 - j]);
      if (j % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error("SIREN");
};
await insertBatches("organisation", Array.from({ length: ORGS }, (_, i) => ({ id: `scale-org-${i}`, name: `Éditeur synthétique ${i + 1}`, siren: sirenWithKey(80_000_000 + i), is_demo: false })));

const services = Array.from({ length: SERVICES }, (_, i) => {
  const category = pick(SERVICE_CATEGORIES);
  const flags = PROFILE_FLAGS.filter(() => rand() < 0.5) as ProfileFlag[];
  return { id: `scale-svc-${i}`, organisation_id: `scale-org-${i % ORGS}`, name: `Service synthétique ${i + 1}`, description: "", category, profile: makeProfile(category, flags) };
});
await insertBatches(
  "service",
  services.map((s) => ({ id: s.id, organisation_id: s.organisation_id, name: s.name, description: s.description, category: s.category, profile: sql.json(s.profile.flags), is_demo: false })),
);
await insertBatches("assessment", services.map((s) => ({ service_id: s.id, grid_version: grid.version })));

console.log(`[seed:scale] ${SERVICES * ANSWERS_PER_SERVICE} réponses et ${SERVICES / 2} publications…`);
const criteria = grid.criteria;
let answerCount = 0;
for (let i = 0; i < services.length; i += 500) {
  const chunk = services.slice(i, i + 500);
  const answerRows: Record<string, unknown>[] = [];
  const publicationRows: Record<string, unknown>[] = [];
  for (const s of chunk) {
    const answers = new Map<string, AnswerContent>();
    const ids = [...applicableCriteria(grid, s.profile).map((c) => c.id), ...criteria.map((c) => c.id)];
    for (const id of [...new Set(ids)].slice(0, ANSWERS_PER_SERVICE)) {
      const level = rand() < 0.05 ? "na" : (Math.floor(rand() * 5) as 0 | 1 | 2 | 3 | 4);
      const content = answerContentSchema.parse({ level, justification: `Justification synthétique du critère ${id}.`, naReason: level === "na" ? "Sans objet pour ce service." : "" });
      answers.set(id, content);
      answerRows.push({
        service_id: s.id,
        criterion_id: id,
        level: level === "na" ? null : level,
        not_applicable: level === "na",
        na_reason: content.naReason,
        justification: content.justification,
        evidence: sql.json([]),
        version: 1,
        updated_by: "scale-user",
      });
    }
    if (Number(s.id.split("-")[2]) % 2 === 0) {
      const snapshot = buildSnapshot({ grid, service: { name: s.name, description: "", url: null, profile: s.profile }, organisation: { name: `Éditeur synthétique` }, answers });
      publicationRows.push({
        id: crypto.randomUUID(),
        service_id: s.id,
        number: 1,
        grid_version: grid.version,
        published_by: "scale-user",
        snapshot: sql.json(snapshot as never),
        is_latest: true,
        summary: sql.json(catalogueSummary(snapshot.score) as never),
        search_text: foldSearch(`${s.name} Éditeur synthétique`),
      });
    }
  }
  await insertBatches("answer", answerRows, 5000);
  await insertBatches("publication", publicationRows, 250);
  answerCount += answerRows.length;
  if ((i / 500) % 8 === 0) console.log(`[seed:scale]   ${i + chunk.length} services, ${answerCount} réponses`);
}
await sql`analyze`;
await sql.end();
await handle.close();
console.log(`[seed:scale] terminé en ${Math.round((performance.now() - t0) / 1000)} s : ${SCHOOLS} établissements, ${SERVICES} services, ${answerCount} réponses.`);
