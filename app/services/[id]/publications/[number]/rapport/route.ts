import { z } from "zod";
import { getDb } from "@/db/client";
import { invalidParams, pdfResponse, publicationNumberParamSchema, reportError, serviceIdParamSchema } from "@/lib/reports/http";
import { publicationReport } from "@/lib/reports/publication-report";

const paramsSchema = z.object({ id: serviceIdParamSchema, number: publicationNumberParamSchema });

/** Public PDF report of one publication of a service (every publication stays readable). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return invalidParams(parsed.error);
  const report = await publicationReport(getDb(), parsed.data.id, parsed.data.number);
  if (!report) return reportError(404, `La publication n° ${parsed.data.number} de ce service n'existe pas.`);
  return pdfResponse(report.pdf, report.fileName, { private: false, renderMs: report.renderMs });
}
