/**
 * The snapshot frozen at publication, and the difference between two publications.
 * Pure: built from the grid, the service profile and the answers.
 */
import { applicableCriteria, type ServiceProfile } from "../grid/profile";
import type { Grid } from "../grid/schema";
import { scoreAssessment, type Answer, type AssessmentScore, type ConformityStatus, type Gap, type Level } from "../scoring";
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

/** The state of one binding criterion in one publication, as the comparison shows it. */
export type CriterionState =
  | { kind: "niveau"; level: Level }
  | { kind: "non-applicable"; reason: string }
  /** N/A without a reason: a gap on a binding criterion */
  | { kind: "non-applicable-sans-raison" }
  | { kind: "sans-reponse" }
  /** not applicable to the service's profile in that publication (or not in its grid) */
  | { kind: "hors-profil" };

/** A gap opened, closed or still open between two publications (binding criteria below level 3). */
export type GapChange = { criterionId: string; title: string; axis: string; before: CriterionState; after: CriterionState };

export type SnapshotDiff = {
  answers: AnswerChange[];
  scores: ScoreChange[];
  /** conformity to the binding criteria, before and after ("non-conforme" → "conforme") */
  conformity: { before: ConformityStatus; after: ConformityStatus; changed: boolean };
  gaps: {
    /** binding criteria that fell below level 3 (or became N/A without a reason) */
    opened: GapChange[];
    /** gaps of the first publication that the second no longer has */
    closed: GapChange[];
    /** gaps of both */
    remaining: GapChange[];
  };
};

function criterionState(s: PublicationSnapshot, id: string): CriterionState {
  if (!s.applicable.includes(id)) return { kind: "hors-profil" };
  const a = s.answers[id];
  if (!a || a.level === null) return { kind: "sans-reponse" };
  if (a.level === "na") return a.naReason.trim() ? { kind: "non-applicable", reason: a.naReason.trim() } : { kind: "non-applicable-sans-raison" };
  return { kind: "niveau", level: a.level };
}

/** What changed from publication `a` to publication `b`: answers, scores, conformity and gaps. */
export function diffSnapshots(a: PublicationSnapshot, b: PublicationSnapshot): SnapshotDiff {
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
  const gapsBefore = new Map(a.score.conformity.gaps.map((g) => [g.criterionId, g]));
  const gapsAfter = new Map(b.score.conformity.gaps.map((g) => [g.criterionId, g]));
  const change = (g: Gap): GapChange => ({ criterionId: g.criterionId, title: g.title, axis: g.axis, before: criterionState(a, g.criterionId), after: criterionState(b, g.criterionId) });
  return {
    answers: changes,
    scores,
    conformity: { before: a.score.conformity.status, after: b.score.conformity.status, changed: a.score.conformity.status !== b.score.conformity.status },
    gaps: {
      opened: b.score.conformity.gaps.filter((g) => !gapsBefore.has(g.criterionId)).map(change),
      closed: a.score.conformity.gaps.filter((g) => !gapsAfter.has(g.criterionId)).map(change),
      remaining: b.score.conformity.gaps.filter((g) => gapsBefore.has(g.criterionId)).map(change),
    },
  };
}

/** "niveau 2", "non applicable (raison)", "sans réponse"… for the comparison page. */
export function criterionStateText(s: CriterionState): string {
  switch (s.kind) {
    case "niveau":
      return `niveau ${s.level}`;
    case "non-applicable":
      return `non applicable (${s.reason})`;
    case "non-applicable-sans-raison":
      return "non applicable sans raison";
    case "sans-reponse":
      return "sans réponse";
    case "hors-profil":
      return "ne s'applique pas au service";
  }
}
