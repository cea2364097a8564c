/**
 * The autosave of one answer, as a pure state machine (`reduceAutosave`) and a small runtime
 * that carries out what the state asks for (`createAutosave`: one timer, one request at a time).
 * No React here: the positioning form wraps it in a thin hook (useAutosave).
 *
 * Rules:
 * - a change waits for a pause (debounce) before it is sent; another change restarts the wait;
 * - an invalid answer is never sent: it is reported as "à corriger" once the pause has passed;
 * - one save in flight at a time; a change made meanwhile is sent after it, based on the
 *   version the server has just given (never on a stale one);
 * - a network failure is retried with growing delays, then reported with a "retry" action;
 * - a conflict (someone else saved first) stops saving until the user chooses an answer;
 * - an answer is "saved" only when the server said so.
 */

export const AUTOSAVE_DEBOUNCE_MS = 700;
/** Delays before the 1st, 2nd and 3rd new attempt after a network failure. */
export const AUTOSAVE_RETRY_DELAYS_MS: readonly number[] = [1000, 3000, 9000];
export const AUTOSAVE_NETWORK_ERROR =
  "Échec de l'enregistrement : vérifiez votre connexion, puis réessayez. Votre saisie est conservée dans cette page.";

/** What the server holds for this answer (as far as the page knows). */
export type ServerAnswerState<P, D> = {
  /** Comparison key of the content (same function as for drafts). */
  key: string;
  version: number;
  /** ISO date of the last save; null when there is no answer yet. */
  at: string | null;
  payload: P;
  /** Whatever the UI needs to show the other person's answer. */
  detail: D;
};

export type AutosaveState<P, D> = {
  /** What the form shows now; payload null when the answer is invalid (never sent). */
  draft: { key: string; payload: P | null };
  /** The invalid draft has been left alone for the debounce delay: tell the user. */
  reportInvalid: boolean;
  /** The content the server holds (key, version it has, when it was saved). */
  saved: { key: string; version: number; at: string | null };
  /** That content itself (the last answer the server acknowledged, or the one it showed in a conflict). */
  savedPayload: P;
  inFlight: { seq: number; key: string; payload: P; baseVersion: number; attempt: number } | null;
  timer: { seq: number; kind: "debounce" | "retry"; delayMs: number } | null;
  /** A save was due while another was in flight: send it as soon as that one is answered. */
  queued: boolean;
  /** Network failures in a row of the current save. */
  failures: number;
  conflict: ServerAnswerState<P, D> | null;
  error: string | null;
  seq: number;
};

export type SaveOutcome<P, D> =
  | { status: "saved"; version: number; at: string }
  | { status: "conflict"; current: ServerAnswerState<P, D> }
  | { status: "refused"; message: string };

export type AutosaveEvent<P, D> =
  | { type: "edit"; key: string; payload: P | null }
  | { type: "timer"; seq: number }
  /** Leaving the page: send a waiting change now instead of after the pause. */
  | { type: "flush" }
  | { type: "outcome"; seq: number; outcome: SaveOutcome<P, D> }
  /** The request did not reach the server or got no usable answer (network, 5xx). */
  | { type: "failure"; seq: number }
  /** The user asks to try again after an error. */
  | { type: "retry" }
  | { type: "keep-mine" }
  | { type: "keep-theirs" };

export type AutosaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "invalid" }
  | { kind: "retrying"; attempt: number }
  | { kind: "error"; message: string }
  | { kind: "conflict" };

/** The state of a page just loaded: the form shows what the server holds. */
export function initAutosave<P, D>(initial: { key: string; version: number; at: string | null; payload: P }): AutosaveState<P, D> {
  return {
    draft: { key: initial.key, payload: initial.payload },
    reportInvalid: false,
    saved: { key: initial.key, version: initial.version, at: initial.at },
    savedPayload: initial.payload,
    inFlight: null,
    timer: null,
    queued: false,
    failures: 0,
    conflict: null,
    error: null,
    seq: 0,
  };
}

function arm<P, D>(s: AutosaveState<P, D>, kind: "debounce" | "retry", delayMs: number): AutosaveState<P, D> {
  const seq = s.seq + 1;
  return { ...s, seq, timer: { seq, kind, delayMs } };
}

/** Sends the draft if it is valid, differs from what the server holds, and nothing is in flight. */
function start<P, D>(s: AutosaveState<P, D>): AutosaveState<P, D> {
  if (s.conflict) return s;
  if (s.draft.payload === null) return { ...s, queued: false, reportInvalid: true };
  if (s.inFlight) return { ...s, queued: true };
  if (s.draft.key === s.saved.key) return s.queued || s.failures ? { ...s, queued: false, failures: 0 } : s;
  const seq = s.seq + 1;
  return {
    ...s,
    seq,
    queued: false,
    inFlight: { seq, key: s.draft.key, payload: s.draft.payload, baseVersion: s.saved.version, attempt: s.failures },
  };
}

export function reduceAutosave<P, D>(state: AutosaveState<P, D>, event: AutosaveEvent<P, D>): AutosaveState<P, D> {
  switch (event.type) {
    case "edit": {
      if (event.key === state.draft.key && (event.payload === null) === (state.draft.payload === null) && !state.error) return state;
      const s: AutosaveState<P, D> = { ...state, draft: { key: event.key, payload: event.payload }, reportInvalid: false, error: null };
      // During a conflict nothing is sent: the user chooses first.
      if (s.conflict) return { ...s, timer: null };
      // Back to what the server holds, nothing in flight: nothing to send.
      if (event.payload !== null && event.key === s.saved.key && !s.inFlight) return { ...s, timer: null, queued: false, failures: 0 };
      return arm(s, "debounce", AUTOSAVE_DEBOUNCE_MS);
    }
    case "timer": {
      if (!state.timer || state.timer.seq !== event.seq) return state;
      return start({ ...state, timer: null });
    }
    case "flush": {
      if (state.timer?.kind !== "debounce") return state;
      return start({ ...state, timer: null });
    }
    case "outcome": {
      const sent = state.inFlight;
      if (!sent || sent.seq !== event.seq) return state;
      const o = event.outcome;
      const base = { ...state, inFlight: null, failures: 0 };
      if (o.status === "saved") {
        const s = { ...base, error: null, saved: { key: sent.key, version: o.version, at: o.at }, savedPayload: sent.payload };
        // A change made meanwhile: sent now from the new version, unless the user is still typing.
        return s.timer?.kind === "debounce" ? { ...s, queued: false } : start(s);
      }
      if (o.status === "conflict") return { ...base, queued: false, timer: null, conflict: o.current };
      return { ...base, queued: false, timer: null, error: o.message };
    }
    case "failure": {
      const sent = state.inFlight;
      if (!sent || sent.seq !== event.seq) return state;
      const failures = state.failures + 1;
      const s = { ...state, inFlight: null, queued: false };
      if (failures <= AUTOSAVE_RETRY_DELAYS_MS.length) return { ...arm(s, "retry", AUTOSAVE_RETRY_DELAYS_MS[failures - 1]), failures };
      return { ...s, timer: null, failures: 0, error: AUTOSAVE_NETWORK_ERROR };
    }
    case "retry": {
      if (state.inFlight) return state;
      return start({ ...state, error: null, failures: 0, timer: null });
    }
    case "keep-mine": {
      const theirs = state.conflict;
      if (!theirs) return state;
      // Mine is sent on top of their version: the server then holds mine, theirs stays in the history.
      return start({ ...state, conflict: null, saved: { key: theirs.key, version: theirs.version, at: theirs.at }, savedPayload: theirs.payload });
    }
    case "keep-theirs": {
      const theirs = state.conflict;
      if (!theirs) return state;
      return {
        ...state,
        conflict: null,
        reportInvalid: false,
        draft: { key: theirs.key, payload: theirs.payload },
        saved: { key: theirs.key, version: theirs.version, at: theirs.at },
        savedPayload: theirs.payload,
        timer: null,
        queued: false,
      };
    }
  }
}

export function autosaveStatus<P, D>(s: AutosaveState<P, D>): AutosaveStatus {
  if (s.conflict) return { kind: "conflict" };
  if (s.error) return { kind: "error", message: s.error };
  if (s.draft.payload === null && s.draft.key !== s.saved.key && s.reportInvalid) return { kind: "invalid" };
  if (s.timer?.kind === "retry") return { kind: "retrying", attempt: s.failures };
  if (s.inFlight) return s.inFlight.attempt > 0 ? { kind: "retrying", attempt: s.inFlight.attempt } : { kind: "saving" };
  if (s.timer || s.queued || s.draft.key !== s.saved.key) return { kind: "pending" };
  return s.saved.at ? { kind: "saved", at: s.saved.at } : { kind: "idle" };
}

/** Something on screen is not (yet) what the server holds: leaving now would lose it. */
export function hasUnsavedChanges<P, D>(s: AutosaveState<P, D>): boolean {
  return s.draft.key !== s.saved.key || s.inFlight !== null || s.conflict !== null || s.error !== null;
}

type Clock = { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (handle: unknown) => void };

export type Autosave<P, D> = {
  getState: () => AutosaveState<P, D>;
  subscribe: (listener: () => void) => () => void;
  dispatch: (event: AutosaveEvent<P, D>) => void;
  /** Arms the pending timer (again): call when the component is mounted. */
  resume: () => void;
  /** Clears the timer (a request already sent still gets its answer). */
  pause: () => void;
};

/**
 * Runs the state machine: keeps one real timer matching `state.timer`, sends `state.inFlight`
 * once, and feeds the answer (or the failure) back as an event. Listeners are called
 * synchronously after each change, so "unsaved" is known at once (before-unload warnings).
 */
export function createAutosave<P, D>(options: {
  initial: { key: string; version: number; at: string | null; payload: P };
  send: (request: { payload: P; baseVersion: number }) => Promise<SaveOutcome<P, D>>;
  clock?: Clock;
}): Autosave<P, D> {
  const clock: Clock = options.clock ?? {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
  };
  let state = initAutosave<P, D>(options.initial);
  const listeners = new Set<() => void>();
  let handle: unknown = null;
  let armedSeq = -1;
  let sentSeq = -1;
  let running = true;

  const sync = () => {
    const t = state.timer;
    if (!t || !running) {
      if (handle !== null) clock.clearTimeout(handle);
      handle = null;
      armedSeq = -1;
    } else if (t.seq !== armedSeq) {
      if (handle !== null) clock.clearTimeout(handle);
      armedSeq = t.seq;
      handle = clock.setTimeout(() => {
        handle = null;
        armedSeq = -1;
        dispatch({ type: "timer", seq: t.seq });
      }, t.delayMs);
    }
    const r = state.inFlight;
    if (r && r.seq !== sentSeq) {
      sentSeq = r.seq;
      Promise.resolve()
        .then(() => options.send({ payload: r.payload, baseVersion: r.baseVersion }))
        .then(
          (outcome) => dispatch({ type: "outcome", seq: r.seq, outcome }),
          () => dispatch({ type: "failure", seq: r.seq }),
        );
    }
  };

  const dispatch = (event: AutosaveEvent<P, D>) => {
    const next = reduceAutosave(state, event);
    if (next === state) return;
    state = next;
    sync();
    for (const l of [...listeners]) l();
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch,
    resume: () => {
      running = true;
      sync();
    },
    pause: () => {
      running = false;
      sync();
    },
  };
}
