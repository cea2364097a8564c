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
} else {
  throw new Error(`scénario inconnu : ${scenario}`);
}
console.log(JSON.stringify(durations));
