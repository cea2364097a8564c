/**
 * Procedures of the editor's space (mes-services): a service's profile, its answers, publishing,
 * going back to the published version, archiving and restoring the service, and the draft's
 * exports and report (members of the editor organisation only). Declared once for the kernel (lib/kernel); the rules are in lib/assessment.
 */
import { z } from "zod";
import type { Db } from "@/db/client";
import { defineAction, defineRoute, type ActionState } from "@/lib/kernel";
import { getOrganisation } from "@/lib/accounts";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { saveAnswerSchema, type AnswerContent } from "@/lib/assessment/answer";
import { getService, loadDraft, publish as publishDraft, revertToPublication, saveAnswer as storeAnswer, serviceProfile } from "@/lib/assessment/store";
import { createService as storeService, serviceInputSchema, updateService as storeProfile } from "@/lib/assessment/services";
import { archiveService, restoreService } from "@/lib/assessment/archive";
import { publishProblems, type PublishProblem } from "@/lib/assessment/completeness";
import { exportQuerySchema } from "@/lib/assessment/export";
import { exportResponse } from "@/lib/assessment/export-response";
import { buildSnapshot } from "@/lib/assessment/snapshot";
import { prerenderLatestPublicationReport } from "@/lib/reports/publication-report";
import { pdfResponse, reportError, serviceIdParamSchema } from "@/lib/reports/http";
import { renderServiceReportOffThread } from "@/lib/reports/render-pool";
import { prepareServiceReport } from "@/lib/reports/service-data";
import { draftReportSource } from "@/lib/reports/service-source";

const idSchema = z.string({ error: "Identifiant manquant." }).trim().min(1, { error: "Identifiant manquant." }).max(100, { error: "Identifiant invalide." });

/** The service (its whole record) as the policy's resource; null when it does not exist. */
async function service({ db, input }: { db: Db; input: { serviceId: string } }) {
  const s = await getService(db, input.serviceId);
  return s ? { ...s, type: "service" as const } : null;
}

/** The organisation as the policy's resource; null when it does not exist. */
async function organisation({ db, input }: { db: Db; input: { organisationId: string } }) {
  const org = await getOrganisation(db, input.organisationId);
  return org ? { type: "organisation" as const, id: org.id } : null;
}

/** The grid the draft is answered against. */
async function gridOfDraft(db: Db, serviceId: string) {
  const draft = await loadDraft(db, serviceId, currentGrid().version);
  return findGrid(draft.gridVersion) ?? currentGrid();
}

export const createService = defineAction({
  name: "services.create",
  input: serviceInputSchema.extend({ organisationId: idSchema }),
  policy: { action: "service.create", resource: organisation },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const { organisationId, ...values } = input;
    const id = await storeService(db, { organisationId, userId: actor.id, service: values, gridVersion: currentGrid().version });
    effects.revalidate("/mes-services");
    return { ok: true, message: "Service créé.", data: { id } };
  },
});

export const updateService = defineAction({
  name: "services.update",
  input: serviceInputSchema.extend({ serviceId: idSchema }),
  policy: { action: "service.edit", resource: service },
  async run({ actor, db, input, resource, effects }): Promise<ActionState> {
    const { serviceId: _serviceId, ...values } = input;
    const r = await storeProfile(db, { service: resource, userId: actor.id, values });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    effects.revalidate(`/mes-services/${resource.id}`);
    return { ok: true, message: "Profil du service enregistré." };
  },
});

export type SerializedAnswer = { content: AnswerContent; version: number; updatedAt: string; updatedByName: string | null };
export type SaveAnswerResponse =
  | { status: "saved"; version: number; updatedAt: string }
  | { status: "conflict"; current: SerializedAnswer | null }
  | { status: "error"; message: string; httpStatus: number };

/** Autosave of one answer. A stale base version gets the current answer back, never an overwrite. */
export const saveAnswer = defineAction({
  name: "services.saveAnswer",
  input: saveAnswerSchema,
  policy: { action: "service.edit", resource: service },
  async run({ actor, db, input, resource }): Promise<SaveAnswerResponse> {
    const r = await storeAnswer(db, {
      service: resource,
      grid: await gridOfDraft(db, resource.id),
      criterionId: input.criterionId,
      baseVersion: input.baseVersion,
      answer: input.answer,
      userId: actor.id,
    });
    if (r.status === "invalid") return { status: "error", message: r.message, httpStatus: 400 };
    if (r.status === "archived") return { status: "error", message: r.message, httpStatus: 409 };
    if (r.status === "conflict") return { status: "conflict", current: r.current ? { ...r.current, updatedAt: r.current.updatedAt.toISOString() } : null };
    return { status: "saved", version: r.version, updatedAt: r.updatedAt.toISOString() };
  },
  refuse: (r): SaveAnswerResponse => ({ status: "error", message: r.message, httpStatus: r.status }),
});

export type PublishState = ActionState & { problems?: PublishProblem[] };

export const publish = defineAction({
  name: "services.publish",
  input: z.object({ serviceId: idSchema }),
  policy: { action: "service.edit", resource: service },
  async run({ actor, db, resource, effects }): Promise<PublishState> {
    const grid = await gridOfDraft(db, resource.id);
    const r = await publishDraft(db, { service: resource, grid, userId: actor.id });
    if (!r.ok) return { ok: false, status: r.status, message: r.message, problems: "problems" in r ? publishProblems(r.problems, grid.criteria) : [] };
    effects.revalidate(`/mes-services/${resource.id}`);
    effects.revalidate(`/services/${resource.id}`);
    // The report of the new publication is laid out now, off the server's thread: ready for its first reader.
    effects.after(() => prerenderLatestPublicationReport(db, resource.id));
    return { ok: true, message: `Publication n° ${r.publication.number} enregistrée.` };
  },
});

export const revert = defineAction({
  name: "services.revert",
  input: z.object({ serviceId: idSchema }),
  policy: { action: "service.edit", resource: service },
  async run({ actor, db, resource, effects }): Promise<ActionState> {
    const r = await revertToPublication(db, { service: resource, userId: actor.id });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    effects.revalidate(`/mes-services/${resource.id}`);
    const n = r.restored;
    return { ok: true, message: n === 0 ? "Le brouillon était déjà identique à la version publiée." : `${n} réponse${n > 1 ? "s" : ""} restaurée${n > 1 ? "s" : ""}.` };
  },
});

/** The pages an archive or a restore changes: the editor's, the public ones (catalogue, service, publications), the schools'. */
function revalidateArchive(effects: { revalidate: (path: string, scope?: "layout" | "page") => void }, serviceId: string) {
  effects.revalidate("/mes-services");
  effects.revalidate(`/mes-services/${serviceId}`, "layout");
  effects.revalidate("/services");
  effects.revalidate(`/services/${serviceId}`, "layout");
  effects.revalidate("/etablissements", "layout");
}

/**
 * Archives a service the editor no longer offers: out of the catalogue, its draft frozen, its
 * publications still readable; the schools that use it are told. Members of the editor organisation.
 */
export const archive = defineAction({
  name: "services.archive",
  input: z.object({ serviceId: idSchema }),
  policy: { action: "service.edit", resource: service },
  async run({ actor, db, resource, effects }): Promise<ActionState> {
    const r = await archiveService(db, { service: resource, userId: actor.id });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    revalidateArchive(effects, resource.id);
    const told = r.schools === 0 ? "" : ` ${r.schools} établissement${r.schools > 1 ? "s qui l'utilisent en sont informés" : " qui l'utilise en est informé"}.`;
    return { ok: true, message: `« ${resource.name} » est archivé : il ne figure plus au catalogue, ses publications restent consultables.${told}` };
  },
});

/** Restores an archived service: back in the catalogue (when published) and editable again. */
export const restore = defineAction({
  name: "services.restore",
  input: z.object({ serviceId: idSchema }),
  policy: { action: "service.edit", resource: service },
  async run({ actor, db, resource, effects }): Promise<ActionState> {
    const r = await restoreService(db, { service: resource, userId: actor.id });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    revalidateArchive(effects, resource.id);
    return { ok: true, message: `« ${resource.name} » est restauré : son positionnement est de nouveau modifiable.` };
  },
});

// ---------------------------------------------------------------------------
// The draft's exports and report (route handlers)
// ---------------------------------------------------------------------------

const draftParams = z.object({ id: serviceIdParamSchema });
const serviceOfRoute = ({ db, input }: { db: Db; input: { params: { id: string } } }) => service({ db, input: { serviceId: input.params.id } });

/** Export of the current draft (CSV or JSON): members of the editor organisation only. */
export const draftExport = defineRoute({
  name: "services.draftExport",
  params: draftParams,
  query: exportQuerySchema,
  policy: { action: "service.read-draft", resource: serviceOfRoute },
  async run({ db, query, resource }) {
    const draft = await loadDraft(db, resource.id, currentGrid().version);
    const grid = findGrid(draft.gridVersion) ?? currentGrid();
    const org = await getOrganisation(db, resource.organisationId);
    const snapshot = buildSnapshot({
      grid,
      service: { name: resource.name, description: resource.description, url: resource.url, profile: serviceProfile(resource) },
      organisation: { name: org?.name ?? "" },
      answers: new Map([...draft.answers].map(([k, v]) => [k, v.content])),
    });
    return exportResponse({ kind: "brouillon", publication: null, snapshot }, grid, query.format);
  },
});

/**
 * PDF report of the current draft, for the members of the editor organisation only, marked
 * "BROUILLON — non publié" on every page. Anonymous: 401; another organisation: 404, as for a
 * service that does not exist.
 */
export const draftReport = defineRoute({
  name: "services.draftReport",
  params: draftParams,
  policy: { action: "service.read-draft", resource: serviceOfRoute },
  refuse: (r) => reportError(r.status, r.message),
  async run({ db, resource }) {
    const data = prepareServiceReport(await draftReportSource(db, resource));
    const t0 = performance.now();
    const pdf = await renderServiceReportOffThread(data);
    return pdfResponse(pdf, data.fileName, { private: true, renderMs: performance.now() - t0 });
  },
});
