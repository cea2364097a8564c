/**
 * Completeness required to publish: every applicable criterion answered, every N/A justified.
 * Binding criteria below level 3 do not block publication: they are shown as gaps.
 */
import type { Criterion } from "../grid/schema";
import type { AnswerContent } from "./answer";

export type CompletenessProblem = { criterionId: string; title: string; problem: "sans-reponse" | "na-sans-raison" };

export function completenessProblems(criteria: readonly Pick<Criterion, "id" | "title">[], answers: ReadonlyMap<string, AnswerContent>): CompletenessProblem[] {
  const problems: CompletenessProblem[] = [];
  for (const c of criteria) {
    const a = answers.get(c.id);
    if (!a || a.level === null) problems.push({ criterionId: c.id, title: c.title, problem: "sans-reponse" });
    else if (a.level === "na" && a.naReason.trim() === "") problems.push({ criterionId: c.id, title: c.title, problem: "na-sans-raison" });
  }
  return problems;
}

export function describeProblem(p: CompletenessProblem): string {
  return p.problem === "sans-reponse" ? `${p.criterionId} — ${p.title} : sans réponse` : `${p.criterionId} — ${p.title} : « non applicable » sans raison`;
}

/** A refusal to publish, as the editor's page shows it: a link to the criterion's field in its axis. */
export type PublishProblem = { criterionId: string; axis: string; text: string };

export function publishProblems(problems: readonly CompletenessProblem[], criteria: readonly Pick<Criterion, "id" | "axis">[]): PublishProblem[] {
  const axisOf = new Map(criteria.map((c) => [c.id, c.axis]));
  return problems.map((p) => ({ criterionId: p.criterionId, axis: axisOf.get(p.criterionId) ?? p.criterionId.split("-")[0], text: describeProblem(p) }));
}

/** Where a criterion's field is: its axis tab of the positioning form, scrolled to and focused. */
export function criterionFieldHref(serviceId: string, axis: string, criterionId: string): string {
  return `/mes-services/${encodeURIComponent(serviceId)}/positionnement?axe=${encodeURIComponent(axis)}#critere-${criterionId}`;
}
