/**
 * Property tests of the scoring engine, on randomly generated assessments.
 *
 * fast-check is not a dependency of the project (and package.json is not ours to change here),
 * so the generator is a small seeded PRNG: every run explores the same 200 cases, and a failure
 * message gives the seed of the case to replay.
 */
import { describe, expect, it } from "vitest";
import { scoreAssessment, type Answer, type AssessmentScore, type Level, type ScoredCriterion } from "@/lib/scoring";

/** mulberry32: tiny deterministic PRNG, returns floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  seed: number;
  criteria: ScoredCriterion[];
  answers: Answer[];
}

const AXES = ["INT", "SEC", "NR", "SOC"] as const;

function generate(seed: number): Case {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const count = 1 + int(24);
  const criteria: ScoredCriterion[] = [];
  const answers: Answer[] = [];
  for (let i = 0; i < count; i++) {
    const axis = AXES[int(AXES.length)]!;
    const id = `${axis}-${String(i + 1).padStart(2, "0")}`;
    criteria.push({ id, axis, title: id, poids: 1 + int(3), force: rand() < 0.3 ? "opposable" : "recommande" });
    const roll = rand();
    if (roll < 0.15) continue; // unanswered
    if (roll < 0.3) answers.push({ criterionId: id, level: "na", naReason: rand() < 0.7 ? "motif" : null });
    else answers.push({ criterionId: id, level: int(5) as Level });
  }
  return { seed, criteria, answers };
}

const SEEDS = Array.from({ length: 200 }, (_, i) => 1000 + i);
const score = (c: Pick<Case, "criteria" | "answers">) => scoreAssessment(c.criteria, c.answers, { axes: AXES });

/** Fisher–Yates shuffle with a seeded PRNG. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rand = prng(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const maturities = (s: AssessmentScore) => [...s.axes.map((a) => a.maturity), s.overall.maturity];

describe("propriétés du calcul", () => {
  it("les scores restent entre 0 et 100 (ou null)", () => {
    for (const seed of SEEDS) {
      const s = score(generate(seed));
      for (const t of [...s.axes, s.overall]) {
        for (const v of [t.maturity, t.completion]) {
          if (v !== null) {
            expect(v, `seed ${seed}`).toBeGreaterThanOrEqual(0);
            expect(v, `seed ${seed}`).toBeLessThanOrEqual(100);
          }
        }
      }
    }
  });

  it("l'ordre des réponses ne change rien", () => {
    for (const seed of SEEDS) {
      const c = generate(seed);
      expect(score({ ...c, answers: shuffled(c.answers, seed) }), `seed ${seed}`).toEqual(score(c));
    }
  });

  it("monter un niveau ne fait baisser aucun score ni augmenter les écarts", () => {
    for (const seed of SEEDS) {
      const c = generate(seed);
      const before = score(c);
      c.answers.forEach((answer, i) => {
        if (answer.level === "na" || answer.level === 4) return;
        const raised = c.answers.map((a, j) => (j === i ? { ...a, level: ((answer.level as number) + 1) as Level } : a));
        const after = score({ ...c, answers: raised });
        maturities(after).forEach((m, k) => {
          const b = maturities(before)[k];
          if (b !== null && b !== undefined) expect(m!, `seed ${seed}, réponse ${i}`).toBeGreaterThanOrEqual(b - 1e-9);
        });
        expect(after.conformity.gaps.length).toBeLessThanOrEqual(before.conformity.gaps.length);
        if (before.conformity.conforms) expect(after.conformity.conforms).toBe(true);
      });
    }
  });

  it("passer un critère en N/A ne change pas les autres axes", () => {
    for (const seed of SEEDS) {
      const c = generate(seed);
      const before = score(c);
      for (const target of c.criteria) {
        const answers = [
          ...c.answers.filter((a) => a.criterionId !== target.id),
          { criterionId: target.id, level: "na" as const, naReason: "motif" },
        ];
        const after = score({ ...c, answers });
        for (const axis of AXES) {
          if (axis === target.axis) continue;
          expect(after.axes.find((a) => a.axis === axis), `seed ${seed}, ${target.id}`).toEqual(
            before.axes.find((a) => a.axis === axis),
          );
        }
      }
    }
  });

  it("un critère non répondu compte comme incomplet, pas comme 0", () => {
    for (const seed of SEEDS) {
      const c = generate(seed);
      for (const target of c.criteria) {
        const without = c.answers.filter((a) => a.criterionId !== target.id);
        const unanswered = score({ ...c, answers: without });
        // Same maturity as if the criterion did not exist at all…
        const absent = score({ criteria: c.criteria.filter((x) => x.id !== target.id), answers: without });
        const axis = (s: AssessmentScore) => s.axes.find((a) => a.axis === target.axis)!;
        expect(axis(unanswered).maturity, `seed ${seed}, ${target.id}`).toBe(axis(absent).maturity);
        expect(unanswered.overall.maturity).toBe(absent.overall.maturity);
        // …but the completion is below 100 %.
        expect(axis(unanswered).completion!).toBeLessThan(100);
        expect(axis(unanswered).unanswered).toBeGreaterThan(0);
      }
    }
  });

  it("le total global est la somme des axes (traçabilité)", () => {
    for (const seed of SEEDS) {
      const s = score(generate(seed));
      const sum = (k: "points" | "maxPoints" | "applicable" | "answered") => s.axes.reduce((n, a) => n + a[k], 0);
      expect(s.overall.points).toBe(sum("points"));
      expect(s.overall.maxPoints).toBe(sum("maxPoints"));
      expect(s.overall.applicable).toBe(sum("applicable"));
      expect(s.overall.answered).toBe(sum("answered"));
      expect(s.conformity.gaps.length).toBe(s.axes.reduce((n, a) => n + a.gaps.length, 0));
    }
  });
});
