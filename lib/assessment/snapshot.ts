/**
 * The snapshot frozen at publication, and the difference between two publications.
 * Pure: built from the grid, the service profile and the answers.
 */
import { applicableCriteria, type ServiceProfile } from "../grid/profile";
import type { Grid } from "../grid/schema";
import { scoreAssessment, type Answer, type AssessmentScore } from "../scoring";
import type { AnswerContent } from "./answer";

export type PublicationSnapshot = {
  format: 1;
  gridVersion: string;
  service: { name: string; description: string; url: string | null; profile: ServiceProfile };
  organisation: { name: string };
  /** ids of the applicable criteria, in grid order */
  applicable: string[];
  answers: Record<string, AnswerContent>;
  score: AssessmentScore;
};

/** Answers as the scoring engine reads them (unanswered ones left out). */
export function toScoringAnswers(answers: ReadonlyMap<string, AnswerContent> | Record<string, AnswerContent>): Answer[] {
  const entries = answers instanceof Map ? [...answers] : Object.entries(answers);
  return entries
    .filter(([, a]) => a.level !== null)
    .map(([criterionId, a]) => ({ criterionId, level: a.level as Answer["level"], naReason: a.level === "na" ? a.naReason : null }));
}

/** Scores of a draft or a publication: only the applicable criteria count. */
export function scoreFor(grid: Grid, profile: ServiceProfile, answers: ReadonlyMap<string, AnswerContent>): AssessmentScore {
  const criteria = applicableCriteria(grid, profile);
  const ids = new Set(criteria.map((c) => c.id));
  const relevant = toScoringAnswers(answers).filter((a) => ids.has(a.criterionId));
  return scoreAssessment(criteria, relevant, { axes: grid.axes.map((a) => a.id) });
}

export function buildSnapshot(input: {
  grid: Grid;
  service: PublicationSnapshot["service"];
  organisation: PublicationSnapshot["organisation"];
  answers: ReadonlyMap<string, AnswerContent>;
}): PublicationSnapshot {
  const applicable = applicableCriteria(input.grid, input.service.profile).map((c) => c.id);
  const kept: Record<string, AnswerContent> = {};
  for (const id of applicable) {
    const a = input.answers.get(id);
    if (a) kept[id] = a;
  }
  return {
    format: 1,
    gridVersion: input.grid.version,
    service: input.service,
    organisation: input.organisation,
    applicable,
    answers: kept,
    score: scoreFor(input.grid, input.service.profile, input.answers),
  };
}

export type AnswerChange = { criterionId: string; fields: ("niveau" | "justification" | "preuves" | "raison")[]; before: AnswerContent | null; after: AnswerContent | null };
export type ScoreChange = { axis: string | "global"; before: number | null; after: number | null };

/** What changed from publication `a` to publication `b`: answers and scores. */
export function diffSnapshots(a: PublicationSnapshot, b: PublicationSnapshot): { answers: AnswerChange[]; scores: ScoreChange[] } {
  const ids = [...new Set([...a.applicable, ...b.applicable])];
  const changes: AnswerChange[] = [];
  for (const id of ids) {
    const before = a.answers[id] ?? null;
    const after = b.answers[id] ?? null;
    const fields: AnswerChange["fields"] = [];
    if ((before?.level ?? null) !== (after?.level ?? null)) fields.push("niveau");
    if ((before?.justification ?? "").trim() !== (after?.justification ?? "").trim()) fields.push("justification");
    if (JSON.stringify(before?.evidence ?? []) !== JSON.stringify(after?.evidence ?? [])) fields.push("preuves");
    if ((before?.naReason ?? "").trim() !== (after?.naReason ?? "").trim()) fields.push("raison");
    if (fields.length) changes.push({ criterionId: id, fields, before, after });
  }
  const axes = [...new Set([...a.score.axes.map((x) => x.axis), ...b.score.axes.map((x) => x.axis)])];
  const scores: ScoreChange[] = [
    { axis: "global", before: a.score.overall.maturity, after: b.score.overall.maturity },
    ...axes.map((axis) => ({
      axis,
      before: a.score.axes.find((x) => x.axis === axis)?.maturity ?? null,
      after: b.score.axes.find((x) => x.axis === axis)?.maturity ?? null,
    })),
  ];
  return { answers: changes, scores };
}
