/**
 * The report renderer's worker thread (started by render-pool.ts): lays out and writes the PDF
 * off the server's main thread, which a report would otherwise hold for a second or more,
 * stalling every other request. Receives prepared data, answers the PDF bytes or an error message.
 */
import { parentPort } from "node:worker_threads";
import { renderSchoolReport, renderServiceReport } from "./render";
import type { RenderJob, RenderReply } from "./render-pool";

const port = parentPort;
if (!port) throw new Error("worker.ts se lance comme fil de travail (render-pool.ts)");

port.on("message", async (job: RenderJob) => {
  let reply: RenderReply;
  try {
    const pdf = job.kind === "service" ? await renderServiceReport(job.data) : await renderSchoolReport(job.data);
    // A fresh buffer of its own, handed over without a copy.
    const bytes = new Uint8Array(pdf.length);
    bytes.set(pdf);
    reply = { id: job.id, ok: true, pdf: bytes };
    port.postMessage(reply, [bytes.buffer]);
  } catch (error) {
    reply = { id: job.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage(reply);
  }
});
