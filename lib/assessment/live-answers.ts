/**
 * The answers the live scores of the positioning form count, criterion by criterion: the answer
 * on screen when it is valid; else (a justification too long, a bad evidence link, "non
 * applicable" without its reason…) the answer the server holds for that criterion, that is the
 * last one saved. A criterion being corrected thus keeps its saved level in the scores instead of
 * dropping out of them ("non évaluée") until the field is right again. Pure: no React.
 */
import { answerContentSchema, type AnswerContent, type AnswerContentInput } from "./answer";

export function liveAnswers(onScreen: Readonly<Record<string, AnswerContentInput>>, saved: Readonly<Record<string, AnswerContentInput | null | undefined>>): Record<string, AnswerContent> {
  const out: Record<string, AnswerContent> = {};
  for (const id of new Set([...Object.keys(saved), ...Object.keys(onScreen)])) {
    const shown = id in onScreen ? answerContentSchema.safeParse(onScreen[id]) : null;
    if (shown?.success) {
      out[id] = shown.data;
      continue;
    }
    const held = saved[id] ? answerContentSchema.safeParse(saved[id]) : null;
    if (held?.success) out[id] = held.data;
  }
  return out;
}
