import { describe, it, expect } from "vitest";
import { answerContentSchema, sameAnswer, saveAnswerSchema } from "@/lib/assessment/answer";
import { completenessProblems } from "@/lib/assessment/completeness";

describe("answer schema", () => {
  it("accepts a partial answer (no level yet) and fills defaults", () => {
    expect(answerContentSchema.parse({ level: null })).toEqual({ level: null, justification: "", evidence: [], naReason: "" });
  });

  it("requires a reason for non applicable, with a French message on that field", () => {
    const r = answerContentSchema.safeParse({ level: "na", naReason: "  " });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["naReason"], message: "Indiquez pourquoi ce critère ne s'applique pas à votre service." });
  });

  it("refuses levels outside 0–4 and evidence that is not a web address", () => {
    expect(answerContentSchema.safeParse({ level: 5 }).error?.issues[0].message).toMatch(/^Niveau invalide/);
    const bad = answerContentSchema.safeParse({ level: 3, evidence: ["javascript:alert(1)"] });
    expect(bad.error?.issues[0].message).toBe("Lien de preuve invalide : une adresse web complète est attendue (https://…).");
    expect(answerContentSchema.parse({ level: 3, evidence: [" https://exemple.fr/preuve.pdf "] }).evidence).toEqual(["https://exemple.fr/preuve.pdf"]);
  });

  it("checks the criterion id and base version of a save", () => {
    expect(saveAnswerSchema.safeParse({ serviceId: "s", criterionId: "SEC-05", baseVersion: 0, answer: { level: 2 } }).success).toBe(true);
    expect(saveAnswerSchema.safeParse({ serviceId: "s", criterionId: "DROP TABLE", baseVersion: 0, answer: { level: 2 } }).error?.issues[0].message).toBe("Critère inconnu.");
    expect(saveAnswerSchema.safeParse({ serviceId: "s", criterionId: "SEC-05", baseVersion: -1, answer: { level: 2 } }).success).toBe(false);
  });

  it("compares answers on content, ignoring surrounding spaces and the N/A reason of a level", () => {
    const a = answerContentSchema.parse({ level: 3, justification: "Fait." });
    expect(sameAnswer(a, answerContentSchema.parse({ level: 3, justification: " Fait. " }))).toBe(true);
    expect(sameAnswer(a, answerContentSchema.parse({ level: 2, justification: "Fait." }))).toBe(false);
    expect(sameAnswer(null, answerContentSchema.parse({ level: null }))).toBe(true);
  });
});

describe("completeness for publication", () => {
  const criteria = [
    { id: "INT-01", title: "A" },
    { id: "INT-02", title: "B" },
    { id: "INT-03", title: "C" },
  ];
  it("lists unanswered criteria and unjustified N/A, and nothing else", () => {
    const answers = new Map([
      ["INT-01", answerContentSchema.parse({ level: 1 })],
      ["INT-03", { level: "na" as const, justification: "", evidence: [], naReason: "" }],
    ]);
    expect(completenessProblems(criteria, answers)).toEqual([
      { criterionId: "INT-02", title: "B", problem: "sans-reponse" },
      { criterionId: "INT-03", title: "C", problem: "na-sans-raison" },
    ]);
  });
});

import { answerFormSchema, fromFormValues, toFormValues } from "@/lib/assessment/answer-form";

describe("answer form values", () => {
  it("round-trip through the shared schema", () => {
    const content = answerContentSchema.parse({ level: 4, justification: "Élève « connecté »", evidence: ["https://a.fr", "https://b.fr"] });
    expect(answerContentSchema.parse(fromFormValues(toFormValues(content)))).toEqual(content);
    expect(toFormValues(null)).toEqual({ level: "", justification: "", evidenceText: "", naReason: "" });
  });
  it("puts the shared schema's messages on the form's fields, with the line of a bad link", () => {
    const r = answerFormSchema.safeParse({ level: "na", justification: "", evidenceText: "https://ok.fr\npas-un-lien", naReason: "" });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField.evidenceText).toBe("Lien de preuve invalide (ligne 2). Une adresse web complète est attendue (https://…), une par ligne.");
    expect(byField.naReason).toBe("Indiquez pourquoi ce critère ne s'applique pas à votre service.");
  });
});
