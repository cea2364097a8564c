/**
 * The answer as the form holds it (strings for radios and text areas) and its conversion to the
 * shared answer schema. The form's zod schema runs the shared `answerContentSchema`, so the
 * browser and the server check the same rules; its messages land on the form's fields.
 */
import { z } from "zod";
import { answerContentSchema, evidenceUrl, EVIDENCE_MAX, EVIDENCE_URL_MAX, type AnswerContent, type AnswerContentInput } from "./answer";
import { formatInteger } from "../format";

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

export type EvidenceLineError = { line: number; problem: "invalide" | "trop-longue" };

/**
 * Every bad line of the evidence text area, numbered as the user sees them (blank lines count:
 * they are skipped when saving but still take a line on screen).
 */
export function evidenceLineErrors(text: string): EvidenceLineError[] {
  const errors: EvidenceLineError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    if (line.length > EVIDENCE_URL_MAX) errors.push({ line: i + 1, problem: "trop-longue" });
    else if (!evidenceUrl.safeParse(line).success) errors.push({ line: i + 1, problem: "invalide" });
  });
  return errors;
}

/**
 * One message for the evidence field listing all its problems, e.g. "Lien de preuve invalide
 * (ligne 2) ; lien de preuve invalide (ligne 4). Une adresse web complète est attendue…";
 * null when the text is fine.
 */
export function evidenceMessage(text: string): string | null {
  const errors = evidenceLineErrors(text);
  const count = text.split(/\r?\n/).filter((l) => l.trim() !== "").length;
  const parts = errors.map((e) =>
    e.problem === "invalide" ? `lien de preuve invalide (ligne ${e.line})` : `adresse trop longue (ligne ${e.line}, ${formatInteger(EVIDENCE_URL_MAX)} caractères au plus)`,
  );
  if (count > EVIDENCE_MAX) parts.push(`${count} liens de preuve : ${EVIDENCE_MAX} au plus`);
  if (parts.length === 0) return null;
  const list = parts.join(" ; ");
  const hint = errors.some((e) => e.problem === "invalide") ? " Une adresse web complète est attendue (https://…), une par ligne." : "";
  return `${list.charAt(0).toUpperCase()}${list.slice(1)}.${hint}`;
}

/** Comparison key of an answer's content: equal keys, same answer for the server. */
export function answerKey(a: AnswerContentInput): string {
  const level = a.level ?? null;
  return JSON.stringify([level, a.justification ?? "", a.evidence ?? [], level === "na" ? (a.naReason ?? "") : ""]);
}

/** What the autosave gets from the form: the answer to send and its key, or null when it must be corrected first. */
export function answerDraft(values: AnswerFormValues): { key: string; answer: AnswerContentInput | null } {
  if (!answerFormSchema.safeParse(values).success) return { key: `à-corriger:${JSON.stringify(values)}`, answer: null };
  const answer = fromFormValues(values);
  return { key: answerKey(answer), answer };
}

/** "1 234 / 5 000 caractères" */
export function characterCountText(length: number, max: number): string {
  return `${formatInteger(length)} / ${formatInteger(max)} caractères`;
}

/**
 * What a screen reader is told about a limited field, only close to the limit (from 90 %),
 * so that typing is not interrupted at every key.
 */
export function characterCountAnnouncement(length: number, max: number): string {
  if (length > max) {
    const over = length - max;
    return `${formatInteger(over)} caractère${over > 1 ? "s" : ""} de trop : ${formatInteger(max)} au plus.`;
  }
  if (length < max * 0.9) return "";
  const left = max - length;
  return left === 0 ? `Limite de ${formatInteger(max)} caractères atteinte.` : `Plus que ${formatInteger(left)} caractère${left > 1 ? "s" : ""} sur ${formatInteger(max)}.`;
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
    let evidenceReported = false;
    for (const issue of r.error.issues) {
      if (issue.path[0] === "evidence") {
        // One message listing every bad line, numbered as on screen.
        if (evidenceReported) continue;
        evidenceReported = true;
        ctx.addIssue({ code: "custom", path: ["evidenceText"], message: evidenceMessage(values.evidenceText) ?? issue.message });
        continue;
      }
      ctx.addIssue({ code: "custom", path: [String(issue.path[0] ?? "level")], message: issue.message });
    }
  });
