import { currentActor } from "@/auth";
import { getDb } from "@/db/client";
import { can } from "@/lib/authz";
import { pdfResponse, reportError } from "@/lib/reports/http";
import { renderSchoolReportOffThread } from "@/lib/reports/render-pool";
import { prepareSchoolReport } from "@/lib/reports/school-data";
import { schoolReportSource } from "@/lib/reports/school-source";
import { uaiParamSchema } from "@/lib/schools/input";

/**
 * The school compliance report (PDF), for the school's heads and the administrators only:
 * anonymous 401; anyone else 404, as for a school that does not exist (lib/authz). Never cached:
 * it shows the decisions as they are now.
 */
export async function GET(request: Request, { params }: { params: Promise<{ uai: string }> }) {
  const uai = uaiParamSchema.safeParse((await params).uai);
  if (!uai.success) return reportError(404, "Page ou ressource introuvable : l'adresse ne contient pas un numéro UAI valide.");
  const decision = can(await currentActor(), "school.read-private", { type: "school", uai: uai.data });
  if (!decision.allowed) return reportError(decision.status, decision.message);
  const source = await schoolReportSource(getDb(), uai.data, { baseUrl: new URL(request.url).origin });
  if (!source) return reportError(404, "Page ou ressource introuvable.");
  const data = prepareSchoolReport(source);
  const t0 = performance.now();
  const pdf = await renderSchoolReportOffThread(data);
  return pdfResponse(pdf, data.fileName, { private: true, renderMs: performance.now() - t0 });
}
