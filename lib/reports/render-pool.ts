/**
 * Renders the PDF reports on worker threads (worker.ts), so that a report — a second or more of
 * CPU for a long one — never blocks the server's other requests. One worker by default on a
 * 2-core machine (`REPORT_WORKERS`, 0 to render on the calling thread); jobs queue in order.
 * The worker runs the TypeScript sources through tsx (a dependency), from the project folder
 * like the server. When a worker cannot start, the report is rendered on the calling thread and
 * the reason logged once: a download never fails because of the pool.
 */
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { Worker } from "node:worker_threads";
import { env } from "@/env";
import type { SchoolReportData } from "./school-data";
import type { ServiceReportData } from "./service-data";
import { renderSchoolReport, renderServiceReport } from "./render";

export type RenderJob = { id: number } & ({ kind: "service"; data: ServiceReportData } | { kind: "school"; data: SchoolReportData });
export type RenderReply = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; message: string };
type Pending = { resolve: (pdf: Buffer) => void; reject: (e: Error) => void; slot: Slot };

/** The worker itself failed (not the report): the caller renders on its own thread instead. */
class WorkerLost extends Error {}
type Slot = { worker: Worker; busy: number };

export function poolSize(): number {
  const n = env.REPORT_WORKERS;
  if (n !== undefined) return Math.min(n, 8);
  return Math.max(1, Math.min(2, os.availableParallelism() - 1));
}

// Kept out of the bundler's reach (turbopackIgnore): the worker runs the sources, not the bundle.
const workerFile = () => path.join(/*turbopackIgnore: true*/ env.REPORT_WORKER_ROOT || process.cwd(), "lib", "reports", "worker-entry.mjs");

let slots: Slot[] | null = null;
let disabled: string | null = null;
let nextId = 1;
let renderedOffThread = 0;
const pending = new Map<number, Pending>();

function startSlot(): Slot {
  const worker = new Worker(/*turbopackIgnore: true*/ workerFile());
  const slot: Slot = { worker, busy: 0 };
  let rendered = false;
  worker.unref(); // an idle pool never keeps the process alive; a busy one does (run())
  worker.on("message", (reply: RenderReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    slot.busy -= 1;
    if (slot.busy === 0) worker.unref();
    rendered = true;
    if (reply.ok) {
      renderedOffThread += 1;
      p.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    } else p.reject(new Error(`Rendu du rapport PDF impossible : ${reply.message}`));
  });
  worker.on("error", (error) => {
    console.error("[rapports] le fil de rendu des PDF s'est arrêté :", error);
    // A worker that never rendered anything will not do better next time: stop using the pool.
    if (!rendered) disabled = error instanceof Error ? error.message : String(error);
  });
  worker.on("exit", () => {
    // Jobs this worker held are rendered by their callers; the next job starts a new worker.
    for (const [id, p] of pending) {
      if (p.slot === slot) {
        pending.delete(id);
        p.reject(new WorkerLost("Le fil de rendu des PDF s'est arrêté pendant la génération du rapport."));
      }
    }
    if (slots) slots = slots.filter((s) => s !== slot);
  });
  return slot;
}

function pickSlot(): Slot | null {
  if (disabled) return null;
  const size = poolSize();
  if (size === 0) return null;
  if (!fs.existsSync(/*turbopackIgnore: true*/ workerFile())) {
    disabled = `fichier ${workerFile()} introuvable`;
    console.warn(`[rapports] rendu des PDF sur le fil principal : ${disabled}`);
    return null;
  }
  slots ??= [];
  const idle = slots.find((s) => s.busy === 0);
  if (idle) return idle;
  if (slots.length < size) {
    const slot = startSlot();
    slots.push(slot);
    return slot;
  }
  return slots.reduce((a, b) => (b.busy < a.busy ? b : a));
}

function run(job: Omit<RenderJob, "id">, fallback: () => Promise<Buffer>): Promise<Buffer> {
  const slot = pickSlot();
  if (!slot) return fallback();
  const id = nextId++;
  slot.busy += 1;
  slot.worker.ref();
  const done = new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject, slot });
    slot.worker.postMessage({ ...job, id } as RenderJob);
  });
  return done.catch((error: unknown) => {
    if (error instanceof WorkerLost) return fallback();
    throw error;
  });
}

/** The service report's PDF, rendered off the calling thread. */
export function renderServiceReportOffThread(data: ServiceReportData): Promise<Buffer> {
  return run({ kind: "service", data }, () => renderServiceReport(data));
}

/** The school report's PDF, rendered off the calling thread. */
export function renderSchoolReportOffThread(data: SchoolReportData): Promise<Buffer> {
  return run({ kind: "school", data }, () => renderSchoolReport(data));
}

/** Running workers and reports they rendered (tests, benchmarks). */
export function poolStats(): { workers: number; renderedOffThread: number; disabled: string | null } {
  return { workers: slots?.length ?? 0, renderedOffThread, disabled };
}

/** Stops the workers (tests, benchmarks). */
export async function closeRenderPool(): Promise<void> {
  const all = slots ?? [];
  slots = null;
  await Promise.all(all.map((s) => s.worker.terminate()));
}
