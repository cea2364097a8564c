"use server";
/**
 * Server actions of the editor's space: thin — parse with zod, authorise through lib/authz,
 * call lib/assessment, revalidate. Refusals come back as French messages.
 */
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { currentActor } from "@/auth";
import { getDb } from "@/db/client";
import { AuthorizationError, authorize, requireUser, isAuthorizationError } from "@/lib/authz";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { saveAnswerSchema, type AnswerContent } from "@/lib/assessment/answer";
import { getService, loadDraft, publish, revertToPublication, saveAnswer } from "@/lib/assessment/store";
import { createService, serviceInputSchema, updateService } from "@/lib/assessment/services";
import { publishProblems, type PublishProblem } from "@/lib/assessment/completeness";
import { prerenderLatestPublicationReport } from "@/lib/reports/publication-report";
import { guarded, invalid, type ActionState } from "@/app/_auth/guard";

/** The service, or the same 404 refusal the policy gives for another organisation's service. */
async function serviceOr404(serviceId: string) {
  const service = await getService(getDb(), serviceId);
  if (!service) throw new AuthorizationError(404, "Page ou ressource introuvable.");
  return service;
}
const serviceRef = (s: { id: string; organisationId: string }) => ({ type: "service" as const, id: s.id, organisationId: s.organisationId });

/** The draft and the grid version it is answered against. */
async function draftAndGrid(serviceId: string) {
  const draft = await loadDraft(getDb(), serviceId, currentGrid().version);
  return { draft, grid: findGrid(draft.gridVersion) ?? currentGrid() };
}

const idSchema = z.string().trim().min(1, { error: "Identifiant manquant." }).max(100, { error: "Identifiant invalide." });

export async function createServiceAction(organisationId: unknown, input: unknown): Promise<ActionState> {
  const org = idSchema.safeParse(organisationId);
  if (!org.success) return invalid(org.error);
  const parsed = serviceInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "service.create", { type: "organisation", id: org.data });
    const id = await createService(getDb(), { organisationId: org.data, userId: requireUser(actor).id, service: parsed.data, gridVersion: currentGrid().version });
    revalidatePath("/mes-services");
    return { ok: true, message: "Service créé.", data: { id } };
  });
}

export async function updateServiceAction(serviceId: unknown, input: unknown): Promise<ActionState> {
  const id = idSchema.safeParse(serviceId);
  if (!id.success) return invalid(id.error);
  const parsed = serviceInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    const service = await serviceOr404(id.data);
    authorize(actor, "service.edit", serviceRef(service));
    const userId = requireUser(actor).id;
    await updateService(getDb(), { service, userId, values: parsed.data });
    revalidatePath(`/mes-services/${service.id}`);
    return { ok: true, message: "Profil du service enregistré." };
  });
}

export type SerializedAnswer = { content: AnswerContent; version: number; updatedAt: string; updatedByName: string | null };
export type SaveAnswerResponse =
  | { status: "saved"; version: number; updatedAt: string }
  | { status: "conflict"; current: SerializedAnswer | null }
  | { status: "error"; message: string; httpStatus: number };

/** Autosave of one answer. A stale base version gets the current answer back, never an overwrite. */
export async function saveAnswerAction(input: unknown): Promise<SaveAnswerResponse> {
  const parsed = saveAnswerSchema.safeParse(input);
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Réponse invalide.", httpStatus: 400 };
  try {
    const actor = await currentActor();
    const service = await serviceOr404(parsed.data.serviceId);
    authorize(actor, "service.edit", serviceRef(service));
    const userId = requireUser(actor).id;
    const { grid } = await draftAndGrid(service.id);
    const r = await saveAnswer(getDb(), {
      service,
      grid,
      criterionId: parsed.data.criterionId,
      baseVersion: parsed.data.baseVersion,
      answer: parsed.data.answer,
      userId,
    });
    if (r.status === "invalid") return { status: "error", message: r.message, httpStatus: 400 };
    if (r.status === "conflict") {
      return { status: "conflict", current: r.current ? { ...r.current, updatedAt: r.current.updatedAt.toISOString() } : null };
    }
    return { status: "saved", version: r.version, updatedAt: r.updatedAt.toISOString() };
  } catch (e) {
    if (isAuthorizationError(e)) return { status: "error", message: e.message, httpStatus: e.status };
    throw e;
  }
}

export async function publishAction(serviceId: unknown): Promise<ActionState & { problems?: PublishProblem[] }> {
  const id = idSchema.safeParse(serviceId);
  if (!id.success) return invalid(id.error);
  return guarded(async () => {
    const actor = await currentActor();
    const service = await serviceOr404(id.data);
    authorize(actor, "service.edit", serviceRef(service));
    const userId = requireUser(actor).id;
    const { grid } = await draftAndGrid(service.id);
    const r = await publish(getDb(), { service, grid, userId });
    if (!r.ok) {
      const problems = "problems" in r ? publishProblems(r.problems, grid.criteria) : [];
      return { ok: false, status: r.status, message: r.message, problems } as ActionState & { problems: PublishProblem[] };
    }
    revalidatePath(`/mes-services/${service.id}`);
    revalidatePath(`/services/${service.id}`);
    // The report of the new publication is laid out now, off the server's thread: ready for its first reader.
    after(() => prerenderLatestPublicationReport(getDb(), service.id));
    return { ok: true, message: `Publication n° ${r.publication.number} enregistrée.` };
  });
}

export async function revertAction(serviceId: unknown): Promise<ActionState> {
  const id = idSchema.safeParse(serviceId);
  if (!id.success) return invalid(id.error);
  return guarded(async () => {
    const actor = await currentActor();
    const service = await serviceOr404(id.data);
    authorize(actor, "service.edit", serviceRef(service));
    const userId = requireUser(actor).id;
    const r = await revertToPublication(getDb(), { service, userId });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    revalidatePath(`/mes-services/${service.id}`);
    return { ok: true, message: r.restored === 0 ? "Le brouillon était déjà identique à la version publiée." : `${r.restored} réponse${r.restored > 1 ? "s" : ""} restaurée${r.restored > 1 ? "s" : ""}.` };
  });
}
