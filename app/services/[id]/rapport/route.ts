import { getDb } from "@/db/client";
import { invalidParams, pdfResponse, reportError, serviceIdParamSchema } from "@/lib/reports/http";
import { publicationReport } from "@/lib/reports/publication-report";

/** Public PDF report of a service's latest publication (drafts never appear here). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = serviceIdParamSchema.safeParse((await params).id);
  if (!id.success) return invalidParams(id.error);
  const report = await publicationReport(getDb(), id.data, null);
  if (!report) return reportError(404, "Ce service n'a pas de positionnement publié : il n'y a pas de rapport à télécharger.");
  return pdfResponse(report.pdf, report.fileName, { private: false, renderMs: report.renderMs });
}
