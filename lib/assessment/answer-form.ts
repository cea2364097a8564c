/**
 * The answer as the form holds it (strings for radios and text areas) and its conversion to the
 * shared answer schema. The form's zod schema runs the shared `answerContentSchema`, so the
 * browser and the server check the same rules; its messages land on the form's fields.
 */
import { z } from "zod";
import { answerContentSchema, type AnswerContent, type AnswerContentInput } from "./answer";

export type AnswerFormValues = { level: "" | "0" | "1" | "2" | "3" | "4" | "na"; justification: string; evidenceText: string; naReason: string };

export function toFormValues(a: AnswerContent | null | undefined): AnswerFormValues {
  return {
    level: a?.level === null || a?.level === undefined ? "" : (String(a.level) as AnswerFormValues["level"]),
    justification: a?.justification ?? "",
    evidenceText: (a?.evidence ?? []).join("\n"),
    naReason: a?.naReason ?? "",
  };
}

export function fromFormValues(v: AnswerFormValues): AnswerContentInput {
  return {
    level: v.level === "" ? null : v.level === "na" ? "na" : (Number(v.level) as 0 | 1 | 2 | 3 | 4),
    justification: v.justification,
    evidence: v.evidenceText
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
    naReason: v.naReason,
  };
}

export const answerFormSchema = z
  .object({
    level: z.enum(["", "0", "1", "2", "3", "4", "na"], { error: "Niveau invalide." }),
    justification: z.string(),
    evidenceText: z.string(),
    naReason: z.string(),
  })
  .superRefine((values, ctx) => {
    const r = answerContentSchema.safeParse(fromFormValues(values));
    if (r.success) return;
    for (const issue of r.error.issues) {
      const field = issue.path[0] === "evidence" ? "evidenceText" : String(issue.path[0] ?? "level");
      const line = issue.path[0] === "evidence" && typeof issue.path[1] === "number" ? ` (ligne ${issue.path[1] + 1})` : "";
      ctx.addIssue({ code: "custom", path: [field], message: `${issue.message}${line}` });
    }
  });
