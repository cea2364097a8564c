/**
 * The PDF of a publication's report, as the public routes serve it: from the per-process cache
 * (publications never change), else rendered off the server's thread and kept. Also called right
 * after a publication, so that the first reader does not wait for the layout.
 */
import type { Db } from "@/db/client";
import { cachedRender, publicationCacheKey } from "./cache";
import { renderServiceReportOffThread } from "./render-pool";
import { prepareServiceReport } from "./service-data";
import { publicationReportSource } from "./service-source";

/** The latest publication's report (`number` null) or that of publication `number`; null when there is none. */
export async function publicationReport(db: Db, serviceId: string, number: number | null): Promise<{ pdf: Buffer; fileName: string; renderMs: number; cached: boolean } | null> {
  const source = await publicationReportSource(db, serviceId, number);
  if (!source) return null;
  const data = prepareServiceReport(source);
  const t0 = performance.now();
  const { pdf, cached } = await cachedRender(publicationCacheKey(source), () => renderServiceReportOffThread(data));
  return { pdf, fileName: data.fileName, renderMs: performance.now() - t0, cached };
}

/** Renders the new publication's report in the background; a failure is logged, never thrown (the download renders it again). */
export async function prerenderLatestPublicationReport(db: Db, serviceId: string): Promise<void> {
  try {
    await publicationReport(db, serviceId, null);
  } catch (error) {
    console.error(`[rapports] préparation du rapport de la nouvelle publication de ${serviceId} impossible :`, error);
  }
}
