import { describe, expect, it } from "vitest";
import { completenessProblems, criterionFieldHref, publishProblems } from "@/lib/assessment/completeness";
import { answerContentSchema } from "@/lib/assessment/answer";

describe("refusal to publish, as links to the fields", () => {
  const criteria = [
    { id: "INT-01", title: "Connexion ÉduConnect", axis: "INT" },
    { id: "SEC-05", title: "Chiffrement", axis: "SEC" },
    { id: "NR-12", title: "Accessibilité", axis: "NR" },
  ];
  it("gives each problem its criterion, its axis and its text", () => {
    const answers = new Map([["INT-01", answerContentSchema.parse({ level: 2 })], ["NR-12", { level: "na" as const, justification: "", evidence: [], naReason: "" }]]);
    expect(publishProblems(completenessProblems(criteria, answers), criteria)).toEqual([
      { criterionId: "SEC-05", axis: "SEC", text: "SEC-05 — Chiffrement : sans réponse" },
      { criterionId: "NR-12", axis: "NR", text: "NR-12 — Accessibilité : « non applicable » sans raison" },
    ]);
  });
  it("links to the criterion's field in its axis of the positioning form", () => {
    expect(criterionFieldHref("0b6c-42", "SEC", "SEC-05")).toBe("/mes-services/0b6c-42/positionnement?axe=SEC#critere-SEC-05");
  });
});
