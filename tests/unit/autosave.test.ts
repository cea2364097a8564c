import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AUTOSAVE_DEBOUNCE_MS,
  AUTOSAVE_NETWORK_ERROR,
  AUTOSAVE_RETRY_DELAYS_MS,
  autosaveStatus,
  createAutosave,
  hasUnsavedChanges,
  initAutosave,
  reduceAutosave,
  type AutosaveEvent,
  type AutosaveState,
  type SaveOutcome,
  type ServerAnswerState,
} from "@/lib/assessment/autosave";

type P = string;
type D = string;
type S = AutosaveState<P, D>;
type E = AutosaveEvent<P, D>;

/** Payload = key: enough to follow what is sent. */
const edit = (key: string, valid = true): E => ({ type: "edit", key, payload: valid ? key : null });
const run = (s: S, ...events: E[]) => events.reduce((acc, e) => reduceAutosave(acc, e), s);
const fresh = () => initAutosave<P, D>({ key: "vide", version: 0, at: null, payload: "vide" });
const answered = () => initAutosave<P, D>({ key: "niveau 2", version: 4, at: "2026-03-02T07:31:00.000Z", payload: "niveau 2" });
const fireTimer = (s: S) => run(s, { type: "timer", seq: s.timer!.seq });
const saved = (s: S, version: number, at = "2026-03-02T08:00:00.000Z") => run(s, { type: "outcome", seq: s.inFlight!.seq, outcome: { status: "saved", version, at } });
const theirs = (key: string, version: number): ServerAnswerState<P, D> => ({ key, version, at: "2026-03-02T08:05:00.000Z", payload: key, detail: `réponse de Camille : ${key}` });

describe("autosave state machine (pure)", () => {
  it("starts from what the server holds: nothing to save, 'saved' only if there is an answer", () => {
    expect(autosaveStatus(fresh())).toEqual({ kind: "idle" });
    expect(autosaveStatus(answered())).toEqual({ kind: "saved", at: "2026-03-02T07:31:00.000Z" });
    expect(hasUnsavedChanges(answered())).toBe(false);
  });

  it("waits for a pause: each change restarts the wait, nothing is sent before it ends", () => {
    let s = run(fresh(), edit("n"));
    expect(s.timer).toMatchObject({ kind: "debounce", delayMs: AUTOSAVE_DEBOUNCE_MS });
    const first = s.timer!.seq;
    s = run(s, edit("ni"));
    expect(s.timer!.seq).not.toBe(first);
    // The old timer firing late does nothing.
    s = run(s, { type: "timer", seq: first });
    expect(s.inFlight).toBeNull();
    expect(autosaveStatus(s)).toEqual({ kind: "pending" });
    expect(hasUnsavedChanges(s)).toBe(true);
    s = fireTimer(s);
    expect(s.inFlight).toMatchObject({ payload: "ni", baseVersion: 0, attempt: 0 });
    expect(autosaveStatus(s)).toEqual({ kind: "saving" });
  });

  it("is 'saved' only when the server says so, with the server's time and version", () => {
    let s = fireTimer(run(answered(), edit("niveau 3")));
    expect(autosaveStatus(s).kind).toBe("saving");
    expect(hasUnsavedChanges(s)).toBe(true);
    s = saved(s, 5, "2026-03-02T08:31:00.000Z");
    expect(autosaveStatus(s)).toEqual({ kind: "saved", at: "2026-03-02T08:31:00.000Z" });
    expect(s.saved).toEqual({ key: "niveau 3", version: 5, at: "2026-03-02T08:31:00.000Z" });
    expect(hasUnsavedChanges(s)).toBe(false);
  });

  it("keeps one save in flight; a change made meanwhile is sent next, from the version just received", () => {
    let s = fireTimer(run(answered(), edit("A")));
    const firstSeq = s.inFlight!.seq;
    s = fireTimer(run(s, edit("B")));
    // Still the first request only: the second waits.
    expect(s.inFlight!.seq).toBe(firstSeq);
    expect(s.queued).toBe(true);
    expect(autosaveStatus(s).kind).toBe("saving");
    s = saved(s, 5);
    expect(s.inFlight).toMatchObject({ payload: "B", baseVersion: 5 });
    s = saved(s, 6);
    expect(s.inFlight).toBeNull();
    expect(s.saved).toMatchObject({ key: "B", version: 6 });
    expect(autosaveStatus(s).kind).toBe("saved");
  });

  it("does not send again a change the user is still typing when the previous save returns", () => {
    let s = fireTimer(run(answered(), edit("A")));
    s = run(s, edit("AB")); // typing: debounce running
    s = saved(s, 5);
    expect(s.inFlight).toBeNull();
    expect(autosaveStatus(s).kind).toBe("pending");
    s = fireTimer(s);
    expect(s.inFlight).toMatchObject({ payload: "AB", baseVersion: 5 });
  });

  it("sends nothing when the answer is back to what the server holds", () => {
    const s = run(answered(), edit("niveau 3"), edit("niveau 2"));
    expect(s.timer).toBeNull();
    expect(s.inFlight).toBeNull();
    expect(autosaveStatus(s)).toEqual({ kind: "saved", at: "2026-03-02T07:31:00.000Z" });
    expect(hasUnsavedChanges(s)).toBe(false);
  });

  it("never sends an invalid answer: reported after the pause, unsaved until corrected", () => {
    let s = run(answered(), edit("lien invalide", false));
    expect(autosaveStatus(s).kind).toBe("pending"); // still typing: no alarm yet
    s = fireTimer(s);
    expect(s.inFlight).toBeNull();
    expect(autosaveStatus(s)).toEqual({ kind: "invalid" });
    expect(hasUnsavedChanges(s)).toBe(true);
    // Leaving the page (flush) does not send it either.
    expect(run(run(answered(), edit("x", false)), { type: "flush" }).inFlight).toBeNull();
    // Corrected: sent after the pause.
    s = fireTimer(run(s, edit("lien corrigé")));
    expect(s.inFlight).toMatchObject({ payload: "lien corrigé", baseVersion: 4 });
  });

  it("does not send a change that became invalid while another save was in flight", () => {
    let s = fireTimer(run(answered(), edit("A")));
    s = fireTimer(run(s, edit("A mais invalide", false)));
    s = saved(s, 5);
    expect(s.inFlight).toBeNull();
    expect(autosaveStatus(s)).toEqual({ kind: "invalid" });
    expect(hasUnsavedChanges(s)).toBe(true);
  });

  it("retries a network failure after 1 s, 3 s, 9 s, with the latest answer, then reports the error", () => {
    let s = fireTimer(run(answered(), edit("A")));
    for (let i = 0; i < AUTOSAVE_RETRY_DELAYS_MS.length; i++) {
      s = run(s, { type: "failure", seq: s.inFlight!.seq });
      expect(s.timer).toMatchObject({ kind: "retry", delayMs: AUTOSAVE_RETRY_DELAYS_MS[i] });
      expect(autosaveStatus(s)).toEqual({ kind: "retrying", attempt: i + 1 });
      if (i === 1) s = run(s, edit("A2")); // typed during the wait: the retry sends it
      s = run(s, { type: "timer", seq: s.timer!.seq });
      expect(s.inFlight).toMatchObject({ attempt: i + 1, baseVersion: 4, payload: i >= 1 ? "A2" : "A" });
    }
    s = run(s, { type: "failure", seq: s.inFlight!.seq });
    expect(s.timer).toBeNull();
    expect(autosaveStatus(s)).toEqual({ kind: "error", message: AUTOSAVE_NETWORK_ERROR });
    expect(hasUnsavedChanges(s)).toBe(true);
    // The user retries: sent again, attempts counted from zero.
    s = run(s, { type: "retry" });
    expect(s.inFlight).toMatchObject({ payload: "A2", attempt: 0 });
    s = saved(s, 5);
    expect(autosaveStatus(s).kind).toBe("saved");
  });

  it("stops on a conflict until the user chooses; 'keep mine' is sent on top of their version", () => {
    let s = fireTimer(run(answered(), edit("mine")));
    s = run(s, { type: "outcome", seq: s.inFlight!.seq, outcome: { status: "conflict", current: theirs("theirs", 7) } });
    expect(autosaveStatus(s)).toEqual({ kind: "conflict" });
    expect(s.conflict?.detail).toBe("réponse de Camille : theirs");
    // Typing during the conflict sends nothing.
    s = run(s, edit("mine, edited"));
    expect(s.timer).toBeNull();
    expect(s.inFlight).toBeNull();
    expect(hasUnsavedChanges(s)).toBe(true);
    s = run(s, { type: "keep-mine" });
    expect(s.inFlight).toMatchObject({ payload: "mine, edited", baseVersion: 7 });
    s = saved(s, 8);
    expect(s.saved).toMatchObject({ key: "mine, edited", version: 8 });
  });

  it("keeps the content the server holds (what the live scores count while the screen is invalid)", () => {
    expect(answered().savedPayload).toBe("niveau 2");
    // Typing, even something invalid, does not change what the server holds.
    let s = fireTimer(run(answered(), edit("niveau 3")));
    expect(s.savedPayload).toBe("niveau 2");
    s = saved(s, 5);
    expect(s.savedPayload).toBe("niveau 3");
    s = fireTimer(run(s, edit("niveau 4 mais lien faux", false)));
    expect(autosaveStatus(s)).toEqual({ kind: "invalid" });
    expect(s.savedPayload).toBe("niveau 3");
    // A conflict: the server holds theirs once the user chose (keep mine is then sent on top of it).
    s = fireTimer(run(s, edit("mine")));
    s = run(s, { type: "outcome", seq: s.inFlight!.seq, outcome: { status: "conflict", current: theirs("theirs", 7) } });
    expect(run(s, { type: "keep-theirs" }).savedPayload).toBe("theirs");
    const mine = run(s, { type: "keep-mine" });
    expect(mine.savedPayload).toBe("theirs");
    expect(saved(mine, 8).savedPayload).toBe("mine");
  });

  it("'keep theirs' takes the server's answer as saved, nothing sent", () => {
    let s = fireTimer(run(answered(), edit("mine")));
    s = run(s, { type: "outcome", seq: s.inFlight!.seq, outcome: { status: "conflict", current: theirs("theirs", 7) } });
    s = run(s, { type: "keep-theirs" });
    expect(s.inFlight).toBeNull();
    expect(s.draft).toEqual({ key: "theirs", payload: "theirs" });
    expect(s.saved).toMatchObject({ key: "theirs", version: 7 });
    expect(autosaveStatus(s)).toEqual({ kind: "saved", at: "2026-03-02T08:05:00.000Z" });
    expect(hasUnsavedChanges(s)).toBe(false);
    // The form then shows their answer: that change is not a change.
    expect(run(s, edit("theirs")).timer).toBeNull();
  });

  it("shows the server's refusal and keeps the answer unsaved", () => {
    let s = fireTimer(run(answered(), edit("A")));
    s = run(s, { type: "outcome", seq: s.inFlight!.seq, outcome: { status: "refused", message: "Votre session a expiré." } });
    expect(autosaveStatus(s)).toEqual({ kind: "error", message: "Votre session a expiré." });
    expect(s.timer).toBeNull();
    expect(hasUnsavedChanges(s)).toBe(true);
  });

  it("ignores answers to requests it no longer waits for", () => {
    const s = fireTimer(run(answered(), edit("A")));
    const after = run(s, { type: "outcome", seq: s.inFlight!.seq + 99, outcome: { status: "saved", version: 9, at: "x" } }, { type: "failure", seq: -1 });
    expect(after).toBe(s);
  });

  it("sends a waiting change at once when the page is left (flush)", () => {
    const s = run(run(answered(), edit("A")), { type: "flush" });
    expect(s.timer).toBeNull();
    expect(s.inFlight).toMatchObject({ payload: "A" });
  });
});

describe("autosave runtime (timers and one request at a time)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function deferred() {
    let resolve!: (o: SaveOutcome<P, D>) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<SaveOutcome<P, D>>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it("debounces, sends once, retries after the backoff delays, and reports 'saved' from the server's answer", async () => {
    const calls: { payload: P; baseVersion: number; answer: ReturnType<typeof deferred> }[] = [];
    const a = createAutosave<P, D>({
      initial: { key: "", version: 0, at: null, payload: "" },
      send: (req) => {
        const answer = deferred();
        calls.push({ ...req, answer });
        return answer.promise;
      },
    });
    a.dispatch(edit("A"));
    a.dispatch(edit("AB"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.payload)).toEqual(["AB"]);

    // Network down: the next attempt comes 1 s later, not before.
    calls[0].answer.reject(new TypeError("Failed to fetch"));
    await vi.advanceTimersByTimeAsync(0);
    expect(autosaveStatus(a.getState())).toEqual({ kind: "retrying", attempt: 1 });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_DELAYS_MS[0] - 1);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);

    // While it is in flight, another change: not sent until the answer comes.
    a.dispatch(edit("ABC"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS * 3);
    expect(calls).toHaveLength(2);
    calls[1].answer.resolve({ status: "saved", version: 1, at: "2026-03-02T08:31:00.000Z" });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => [c.payload, c.baseVersion])).toEqual([
      ["AB", 0],
      ["AB", 0],
      ["ABC", 1],
    ]);
    expect(autosaveStatus(a.getState()).kind).toBe("saving");
    calls[2].answer.resolve({ status: "saved", version: 2, at: "2026-03-02T08:32:00.000Z" });
    await vi.advanceTimersByTimeAsync(0);
    expect(autosaveStatus(a.getState())).toEqual({ kind: "saved", at: "2026-03-02T08:32:00.000Z" });
    expect(hasUnsavedChanges(a.getState())).toBe(false);
  });

  it("tells its listeners synchronously (the page knows at once that something is unsaved)", () => {
    const a = createAutosave<P, D>({ initial: { key: "", version: 0, at: null, payload: "" }, send: () => new Promise(() => {}) });
    const seen: boolean[] = [];
    a.subscribe(() => seen.push(hasUnsavedChanges(a.getState())));
    a.dispatch(edit("A"));
    expect(seen).toEqual([true]);
  });

  it("pause() stops the timer, resume() arms it again", async () => {
    const sent: P[] = [];
    const a = createAutosave<P, D>({
      initial: { key: "", version: 0, at: null, payload: "" },
      send: async (r) => {
        sent.push(r.payload);
        return { status: "saved", version: 1, at: "t" };
      },
    });
    a.dispatch(edit("A"));
    a.pause();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS * 2);
    expect(sent).toEqual([]);
    a.resume();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(sent).toEqual(["A"]);
  });
});
