import { currentActor } from "@/auth";
import { getDb } from "@/db/client";
import { can } from "@/lib/authz";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { exportQuerySchema } from "@/lib/assessment/export";
import { errorResponse, exportResponse } from "@/lib/assessment/export-response";
import { buildSnapshot } from "@/lib/assessment/snapshot";
import { getService, loadDraft, serviceProfile } from "@/lib/assessment/store";
import { getOrganisation } from "@/lib/accounts";
import { serviceIdParamSchema } from "@/lib/reports/http";

/** Export of the current draft: members of the editor organisation only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsedId = serviceIdParamSchema.safeParse((await params).id);
  if (!parsedId.success) return errorResponse(400, parsedId.error.issues.map((i) => i.message).join(" "));
  const id = parsedId.data;
  const query = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return errorResponse(400, query.error.issues.map((i) => i.message).join(" "));
  const db = getDb();
  const actor = await currentActor();
  if (actor.kind === "anonymous") return errorResponse(401, "Connectez-vous pour exporter un brouillon.");
  const service = await getService(db, id);
  // Same answer for a service that does not exist and for another organisation's service.
  const decision = service ? can(actor, "service.read-draft", { type: "service", id: service.id, organisationId: service.organisationId }) : null;
  if (!service || !decision || !decision.allowed) return errorResponse(404, "Page ou ressource introuvable.");
  const draft = await loadDraft(db, service.id, currentGrid().version);
  const grid = findGrid(draft.gridVersion) ?? currentGrid();
  const org = await getOrganisation(db, service.organisationId);
  const snapshot = buildSnapshot({
    grid,
    service: { name: service.name, description: service.description, url: service.url, profile: serviceProfile(service) },
    organisation: { name: org?.name ?? "" },
    answers: new Map([...draft.answers].map(([k, v]) => [k, v.content])),
  });
  return exportResponse({ kind: "brouillon", publication: null, snapshot }, grid, query.data.format);
}
