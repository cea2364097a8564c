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
