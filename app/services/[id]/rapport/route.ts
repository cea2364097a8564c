import { getDb } from "@/db/client";
import { invalidParams, pdfResponse, reportError, serviceIdParamSchema } from "@/lib/reports/http";
import { renderServiceReportOffThread } from "@/lib/reports/render-pool";
import { cachedRender, publicationCacheKey } from "@/lib/reports/cache";
import { prepareServiceReport } from "@/lib/reports/service-data";
import { publicationReportSource } from "@/lib/reports/service-source";

/** Public PDF report of a service's latest publication (drafts never appear here). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = serviceIdParamSchema.safeParse((await params).id);
  if (!id.success) return invalidParams(id.error);
  const source = await publicationReportSource(getDb(), id.data, null);
  if (!source) return reportError(404, "Ce service n'a pas de positionnement publié : il n'y a pas de rapport à télécharger.");
  const data = prepareServiceReport(source);
  const t0 = performance.now();
  const { pdf } = await cachedRender(publicationCacheKey(source), () => renderServiceReportOffThread(data));
  return pdfResponse(pdf, data.fileName, { private: false, renderMs: performance.now() - t0 });
}
