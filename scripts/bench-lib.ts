/**
 * In-process measurements of the domain library, run by scripts/bench.mjs through tsx.
 * Prints one JSON object: the durations in milliseconds of each run.
 */
import { loadAllGrids } from "@/lib/grid/load";
import { currentGrid } from "@/lib/grid/current";
import { scoreAssessment, type Answer } from "@/lib/scoring";
import type { Level } from "@/lib/grid/schema";

const scenario = process.argv[2];
const durations: number[] = [];

if (scenario === "grid-load") {
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    loadAllGrids();
    durations.push(performance.now() - t0);
  }
} else if (scenario === "score-60") {
  const criteria = currentGrid().criteria.slice(0, 60);
  if (criteria.length < 60) throw new Error("la grille compte moins de 60 critères");
  const answers: Answer[] = criteria.map((c, i) =>
    i % 10 === 9 ? { criterionId: c.id, level: "na", naReason: "Sans objet pour ce service" } : { criterionId: c.id, level: (i % 5) as Level },
  );
  const axes = currentGrid().axes.map((a) => a.id);
  for (let i = 0; i < 10_000; i++) {
    const t0 = performance.now();
    scoreAssessment(criteria, answers, { axes });
    durations.push(performance.now() - t0);
  }
} else if (scenario === "scale-save") {
  // Server work of one autosave on the national-scale database: load the draft's grid version,
  // then the versioned save with its audit event (what saveAnswerAction does after authorisation).
  const { openDb } = await import("@/db/client");
  const { getService, loadDraft, saveAnswer } = await import("@/lib/assessment/store");
  const { answerContentSchema } = await import("@/lib/assessment/answer");
  const url = process.env.BENCH_SCALE_DATABASE_URL!;
  const handle = openDb({ kind: "postgres", url, display: "scale" });
  const grid = currentGrid();
  for (let i = 0; i < 220; i++) {
    const serviceId = `scale-svc-${(i * 7919) % 20000}`;
    const criterionId = grid.criteria[(i * 31) % grid.criteria.length].id;
    const t0 = performance.now();
    const service = await getService(handle.db, serviceId);
    if (!service) throw new Error(`${serviceId} absent : lancez npm run seed:scale`);
    const draft = await loadDraft(handle.db, serviceId, grid.version);
    const base = draft.answers.get(criterionId)?.version ?? 0;
    const r = await saveAnswer(handle.db, { service, grid, criterionId, baseVersion: base, answer: answerContentSchema.parse({ level: (i % 4) + 1, justification: `Mesure ${i}` }), userId: "scale-user" });
    if (r.status !== "saved") throw new Error(`sauvegarde ${r.status}`);
    if (i >= 20) durations.push(performance.now() - t0); // 20 warm-up saves
  }
  await handle.close();
} else {
  throw new Error(`scénario inconnu : ${scenario}`);
}
console.log(JSON.stringify(durations));
