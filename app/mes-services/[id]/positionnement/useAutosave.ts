"use client";
/**
 * The autosave of one criterion's answer: the state machine of lib/assessment/autosave.ts,
 * wired to the saveAnswer server action. Thin on purpose: every rule is in the pure reducer.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { autosaveStatus, createAutosave, hasUnsavedChanges, type AutosaveState, type AutosaveStatus, type SaveOutcome, type ServerAnswerState } from "@/lib/assessment/autosave";
import { answerKey, fromFormValues, toFormValues } from "@/lib/assessment/answer-form";
import type { AnswerContentInput } from "@/lib/assessment/answer";
import { saveAnswerAction, type SerializedAnswer } from "../../actions";

export type AnswerAutosaveState = AutosaveState<AnswerContentInput, SerializedAnswer | null>;
export type TheirAnswer = ServerAnswerState<AnswerContentInput, SerializedAnswer | null>;

/** The server's answer as the state machine compares it. */
export function serverAnswerState(a: SerializedAnswer | null): TheirAnswer {
  const payload = fromFormValues(toFormValues(a?.content));
  return { key: answerKey(payload), version: a?.version ?? 0, at: a?.updatedAt ?? null, payload, detail: a };
}

export function useAutosave({
  serviceId,
  criterionId,
  initial,
  onChange,
}: {
  serviceId: string;
  criterionId: string;
  initial: SerializedAnswer | null;
  /** Called synchronously after every change of state: status, "unsaved", and the answer the server holds. */
  onChange: (status: AutosaveStatus, unsaved: boolean, saved: AnswerContentInput) => void;
}) {
  const [store] = useState(() =>
    createAutosave<AnswerContentInput, SerializedAnswer | null>({
      initial: serverAnswerState(initial),
      send: async ({ payload, baseVersion }): Promise<SaveOutcome<AnswerContentInput, SerializedAnswer | null>> => {
        // A rejected promise (network, server error) is a failure the machine retries.
        const r = await saveAnswerAction({ serviceId, criterionId, baseVersion, answer: payload });
        if (r.status === "saved") return { status: "saved", version: r.version, at: r.updatedAt };
        if (r.status === "conflict") return { status: "conflict", current: serverAnswerState(r.current) };
        return { status: "refused", message: r.message };
      },
    }),
  );
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);

  useEffect(() => {
    store.resume();
    const report = () => {
      const s = store.getState();
      onChange(autosaveStatus(s), hasUnsavedChanges(s), s.savedPayload);
    };
    report();
    const unsubscribe = store.subscribe(report);
    // Leaving the page: a change still waiting for the pause is sent at once (the page warns as well).
    const flushNow = () => store.dispatch({ type: "flush" });
    window.addEventListener("beforeunload", flushNow);
    window.addEventListener("pagehide", flushNow);
    return () => {
      unsubscribe();
      window.removeEventListener("beforeunload", flushNow);
      window.removeEventListener("pagehide", flushNow);
      store.pause();
    };
  }, [store, onChange]);

  const edit = useCallback((key: string, payload: AnswerContentInput | null) => store.dispatch({ type: "edit", key, payload }), [store]);
  const flush = useCallback(() => store.dispatch({ type: "flush" }), [store]);
  const retry = useCallback(() => store.dispatch({ type: "retry" }), [store]);
  const keepMine = useCallback(() => store.dispatch({ type: "keep-mine" }), [store]);
  const keepTheirs = useCallback(() => store.dispatch({ type: "keep-theirs" }), [store]);

  return { state, status: autosaveStatus(state), edit, flush, retry, keepMine, keepTheirs };
}
