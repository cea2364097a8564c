import { z } from "zod";
import { getDb } from "@/db/client";
import { invalidParams, pdfResponse, publicationNumberParamSchema, reportError, serviceIdParamSchema } from "@/lib/reports/http";
import { renderServiceReportOffThread } from "@/lib/reports/render-pool";
import { cachedRender, publicationCacheKey } from "@/lib/reports/cache";
import { prepareServiceReport } from "@/lib/reports/service-data";
import { publicationReportSource } from "@/lib/reports/service-source";

const paramsSchema = z.object({ id: serviceIdParamSchema, number: publicationNumberParamSchema });

/** Public PDF report of one publication of a service (every publication stays readable). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return invalidParams(parsed.error);
  const source = await publicationReportSource(getDb(), parsed.data.id, parsed.data.number);
  if (!source) return reportError(404, `La publication n° ${parsed.data.number} de ce service n'existe pas.`);
  const data = prepareServiceReport(source);
  const t0 = performance.now();
  const { pdf } = await cachedRender(publicationCacheKey(source), () => renderServiceReportOffThread(data));
  return pdfResponse(pdf, data.fileName, { private: false, renderMs: performance.now() - t0 });
}
