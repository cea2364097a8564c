import { describe, expect, it } from "vitest";
import type { AnswerContentInput } from "@/lib/assessment/answer";
import { liveAnswers } from "@/lib/assessment/live-answers";
import { toScoringAnswers } from "@/lib/assessment/snapshot";
import { formatPercent, scoreAssessment } from "@/lib/scoring";
import { EXAMPLE_AXIS, exampleCriteria } from "@/lib/scoring/example";

const answer = (level: AnswerContentInput["level"], extra: Partial<AnswerContentInput> = {}): AnswerContentInput => ({ level, justification: "", evidence: [], naReason: "", ...extra });
const badLink = (level: AnswerContentInput["level"]) => answer(level, { evidence: ["pas-une-adresse"] });

describe("the answers the live scores count", () => {
  it("counts what is on screen when it is valid", () => {
    const out = liveAnswers({ A: answer(3) }, { A: answer(2) });
    expect(out.A.level).toBe(3);
  });

  it("counts the server's answer (the last saved) while the answer on screen is invalid", () => {
    expect(liveAnswers({ A: badLink(4) }, { A: answer(2) }).A.level).toBe(2);
    // "Non applicable" without its reason: the saved level still counts.
    expect(liveAnswers({ A: answer("na") }, { A: answer(1) }).A.level).toBe(1);
  });

  it("leaves a criterion out only when nothing valid is on screen and nothing is saved", () => {
    expect(liveAnswers({ A: badLink(4) }, {})).toEqual({});
    expect(liveAnswers({ A: badLink(4) }, { A: null })).toEqual({});
    // Saved but not on screen yet (another axis not touched): counted.
    expect(Object.keys(liveAnswers({}, { B: answer(0) }))).toEqual(["B"]);
  });

  it("keeps the maturity of a criterion being corrected instead of 'non évaluée'", () => {
    const [first] = exampleCriteria;
    const maturity = (onScreen: Record<string, AnswerContentInput>, saved: Record<string, AnswerContentInput>) => {
      const score = scoreAssessment(exampleCriteria, toScoringAnswers(liveAnswers(onScreen, saved)), { axes: [EXAMPLE_AXIS] });
      return formatPercent(score.overall.maturity, { nullLabel: "non évaluée" });
    };
    expect(maturity({ [first.id]: badLink(4) }, { [first.id]: answer(2) })).toBe(maturity({ [first.id]: answer(2) }, {}));
    expect(maturity({ [first.id]: badLink(4) }, { [first.id]: answer(2) })).not.toBe("non évaluée");
  });
});
