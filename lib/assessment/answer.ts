/**
 * One answer of a positioning, as the form sends it and as the server re-checks it
 * (the same zod schema on both sides). Partial answers are accepted while editing:
 * completeness is only required at publication (see completeness.ts).
 */
import { z } from "zod";
import { CRITERION_ID_PATTERN, LEVELS, type Level } from "../grid/schema";
import { formatInteger } from "../format";

export const JUSTIFICATION_MAX = 5000;
export const NA_REASON_MAX = 2000;
export const EVIDENCE_MAX = 10;
export const EVIDENCE_URL_MAX = 2000;

/** One evidence link: an http(s) address. */
export const evidenceUrl = z
  .string()
  .trim()
  .max(EVIDENCE_URL_MAX, { error: `Adresse trop longue (${formatInteger(EVIDENCE_URL_MAX)} caractères au plus).` })
  .pipe(z.url({ protocol: /^https?$/, error: "Lien de preuve invalide : une adresse web complète est attendue (https://…)." }));

/** A level 0–4, "na" (non applicable) or null (not answered yet). */
export const answerLevelSchema = z.union([z.literal(LEVELS), z.literal("na"), z.null()], {
  error: "Niveau invalide : choisissez un niveau de 0 à 4 ou « non applicable ».",
});

export const answerContentSchema = z
  .object({
    level: answerLevelSchema,
    justification: z.string().max(JUSTIFICATION_MAX, { error: `Justification trop longue (${formatInteger(JUSTIFICATION_MAX)} caractères au plus).` }).default(""),
    evidence: z.array(evidenceUrl).max(EVIDENCE_MAX, { error: `${EVIDENCE_MAX} liens de preuve au plus.` }).default([]),
    naReason: z.string().max(NA_REASON_MAX, { error: `Raison trop longue (${formatInteger(NA_REASON_MAX)} caractères au plus).` }).default(""),
  })
  .superRefine((a, ctx) => {
    if (a.level === "na" && a.naReason.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["naReason"], message: "Indiquez pourquoi ce critère ne s'applique pas à votre service." });
    }
  });
export type AnswerContent = z.output<typeof answerContentSchema>;
export type AnswerContentInput = z.input<typeof answerContentSchema>;

/** What an autosave sends: the answer, and the version it was based on (optimistic concurrency). */
export const saveAnswerSchema = z.object({
  serviceId: z.string().min(1, { error: "Service manquant." }).max(100),
  criterionId: z.string().regex(CRITERION_ID_PATTERN, { error: "Critère inconnu." }),
  /** 0 when the user started from no answer. */
  baseVersion: z.int({ error: "Version de réponse invalide." }).min(0),
  answer: answerContentSchema,
});
export type SaveAnswerInput = z.input<typeof saveAnswerSchema>;

export function isLevel(value: unknown): value is Level {
  return typeof value === "number" && (LEVELS as readonly number[]).includes(value);
}

/** Same content? Used to avoid recording no-op saves and to detect "modifiée depuis la publication". */
export function sameAnswer(a: AnswerContent | null | undefined, b: AnswerContent | null | undefined): boolean {
  const norm = (x: AnswerContent | null | undefined) =>
    x
      ? JSON.stringify([x.level, x.justification.trim(), x.evidence.map((e) => e.trim()), x.level === "na" ? x.naReason.trim() : ""])
      : JSON.stringify([null, "", [], ""]);
  return norm(a) === norm(b);
}
