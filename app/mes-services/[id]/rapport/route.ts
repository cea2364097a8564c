import { currentActor } from "@/auth";
import { getDb } from "@/db/client";
import { getService } from "@/lib/assessment/store";
import { can } from "@/lib/authz";
import { invalidParams, pdfResponse, reportError, serviceIdParamSchema } from "@/lib/reports/http";
import { renderServiceReportOffThread } from "@/lib/reports/render-pool";
import { prepareServiceReport } from "@/lib/reports/service-data";
import { draftReportSource } from "@/lib/reports/service-source";

/**
 * PDF report of the current draft, for the members of the editor organisation only, marked
 * "BROUILLON — non publié" on every page. Anonymous: 401; another organisation: 404, as for a
 * service that does not exist (lib/authz).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = serviceIdParamSchema.safeParse((await params).id);
  if (!id.success) return invalidParams(id.error);
  const db = getDb();
  const actor = await currentActor();
  const service = await getService(db, id.data);
  // A missing service is checked like another tenant's: the answer reveals nothing.
  const decision = can(actor, "service.read-draft", { type: "service", id: id.data, organisationId: service?.organisationId ?? "" });
  if (!decision.allowed) return reportError(decision.status, decision.message);
  if (!service) return reportError(404, "Page ou ressource introuvable.");
  const data = prepareServiceReport(await draftReportSource(db, service));
  const t0 = performance.now();
  const pdf = await renderServiceReportOffThread(data);
  return pdfResponse(pdf, data.fileName, { private: true, renderMs: performance.now() - t0 });
}
