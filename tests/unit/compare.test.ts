/**
 * The comparison of two publications (lib/assessment/snapshot diffSnapshots): beyond levels and
 * scores, the change of conformity and the gaps opened, closed and still open.
 */
import { describe, expect, it } from "vitest";
import { currentGrid } from "@/lib/grid/current";
import { applicableCriteria, makeProfile } from "@/lib/grid/profile";
import type { Level } from "@/lib/grid/schema";
import type { AnswerContent } from "@/lib/assessment/answer";
import { buildSnapshot, criterionStateText, diffSnapshots } from "@/lib/assessment/snapshot";

const grid = currentGrid();
const profile = makeProfile("vie-scolaire", ["eleves", "personnels", "authentification", "donneesEleves"]);
const applicable = applicableCriteria(grid, profile);
const binding = applicable.filter((c) => c.force === "opposable");
const [X, Y, Z, N] = binding.map((c) => c.id);

/** Every applicable criterion at level 3, except the levels given (and N/A answers given). */
function snapshot(levels: Record<string, Level | { na: string }> = {}) {
  const answers = new Map<string, AnswerContent>();
  for (const c of applicable) {
    const v = levels[c.id] ?? 3;
    answers.set(c.id, typeof v === "object" ? { level: "na", naReason: v.na, justification: "", evidence: [] } : { level: v, naReason: "", justification: "", evidence: [] });
  }
  return buildSnapshot({ grid, service: { name: "Service", description: "", url: null, profile }, organisation: { name: "Éditeur" }, answers });
}

describe("comparison of two publications", () => {
  it("has enough binding criteria to compare", () => {
    expect(binding.length).toBeGreaterThanOrEqual(4);
  });

  it("says « Non conforme → Conforme » and lists the gaps closed, with their levels before and after", () => {
    const before = snapshot({ [X]: 2, [Y]: 1 });
    const after = snapshot({ [X]: 3, [Y]: 4 });
    const diff = diffSnapshots(before, after);
    expect(diff.conformity).toEqual({ before: "non-conforme", after: "conforme", changed: true });
    expect(diff.gaps.opened).toEqual([]);
    expect(diff.gaps.remaining).toEqual([]);
    expect(diff.gaps.closed.map((g) => [g.criterionId, criterionStateText(g.before), criterionStateText(g.after)])).toEqual(
      binding.filter((c) => c.id === X || c.id === Y).map((c) => [c.id, c.id === X ? "niveau 2" : "niveau 1", c.id === X ? "niveau 3" : "niveau 4"]),
    );
    expect(diff.gaps.closed.find((g) => g.criterionId === X)?.title).toBe(binding.find((c) => c.id === X)?.title);
  });

  it("lists a gap opened (a binding criterion fallen below 3), one closed and one still open; conformity unchanged", () => {
    const before = snapshot({ [X]: 2, [Y]: 1 });
    const after = snapshot({ [X]: 3, [Y]: 2, [Z]: 0 });
    const diff = diffSnapshots(before, after);
    expect(diff.conformity).toEqual({ before: "non-conforme", after: "non-conforme", changed: false });
    expect(diff.gaps.opened.map((g) => [g.criterionId, criterionStateText(g.before), criterionStateText(g.after)])).toEqual([[Z, "niveau 3", "niveau 0"]]);
    expect(diff.gaps.closed.map((g) => g.criterionId)).toEqual([X]);
    expect(diff.gaps.remaining.map((g) => [g.criterionId, criterionStateText(g.before), criterionStateText(g.after)])).toEqual([[Y, "niveau 1", "niveau 2"]]);
  });

  it("says « Conforme → Non conforme » when a criterion falls, and a justified N/A closes a gap", () => {
    const diff = diffSnapshots(snapshot({ [N]: 1 }), snapshot({ [N]: { na: "Pas de données d'élèves dans ce module." }, [X]: 2 }));
    expect(diff.conformity).toEqual({ before: "non-conforme", after: "non-conforme", changed: false });
    expect(diff.gaps.closed.map((g) => [g.criterionId, criterionStateText(g.after)])).toEqual([[N, "non applicable (Pas de données d'élèves dans ce module.)"]]);
    const worse = diffSnapshots(snapshot(), snapshot({ [X]: 2 }));
    expect(worse.conformity).toEqual({ before: "conforme", after: "non-conforme", changed: true });
    expect(worse.gaps.opened.map((g) => g.criterionId)).toEqual([X]);
  });

  it("keeps the level changes and the scores of each axis", () => {
    const diff = diffSnapshots(snapshot({ [X]: 2 }), snapshot({ [X]: 4 }));
    expect(diff.answers.map((a) => [a.criterionId, a.fields])).toEqual([[X, ["niveau"]]]);
    const axis = binding.find((c) => c.id === X)!.axis;
    const s = diff.scores.find((x) => x.axis === axis)!;
    expect(s.after! > s.before!).toBe(true);
  });
});
