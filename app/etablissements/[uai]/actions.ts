"use server";
/**
 * Server actions of a school's page: thin — parse with the same zod schemas as the forms,
 * authorise through lib/authz (heads of that school only), call lib/schools, revalidate.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/auth";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/authz";
import { addPublishedService, declareService, recordReview, removeService, REVIEW_UNCHANGED_MESSAGE } from "@/lib/schools/store";
import { addServiceSchema, declareServiceSchema, removeServiceSchema, reviewInputSchema, uaiParamSchema, DECISION_LABELS } from "@/lib/schools/input";
import { guarded, invalid, type ActionState } from "@/app/_auth/guard";

const refresh = (uai: string) => revalidatePath(`/etablissements/${uai}`, "layout");

/** ActionForm posts FormData; typed callers post objects. */
const fields = (input: unknown) => (input instanceof FormData ? Object.fromEntries(input) : input);

export async function addServiceAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const raw = fields(formData) as Record<string, unknown>;
  const uai = uaiParamSchema.safeParse(raw.uai);
  if (!uai.success) return invalid(uai.error);
  const parsed = addServiceSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "school.services.manage", { type: "school", uai: uai.data });
    const r = await addPublishedService(getDb(), { uai: uai.data, serviceId: parsed.data.serviceId, userId: requireUser(actor).id });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    refresh(uai.data);
    return { ok: true, message: `« ${r.name} » est ajouté à la liste des services de l'établissement.` };
  });
}

export async function declareServiceAction(uaiInput: unknown, input: unknown): Promise<ActionState> {
  const uai = uaiParamSchema.safeParse(uaiInput);
  if (!uai.success) return invalid(uai.error);
  const parsed = declareServiceSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "school.services.manage", { type: "school", uai: uai.data });
    const r = await declareService(getDb(), { uai: uai.data, userId: requireUser(actor).id, service: parsed.data });
    if (!r.ok) return { ok: false, status: r.status, message: r.message, fieldErrors: r.status === 409 ? { name: r.message } : undefined };
    refresh(uai.data);
    return { ok: true, message: `« ${parsed.data.name} » est ajouté, comme service non positionné par l'éditeur.`, data: { id: r.schoolServiceId } };
  });
}

export async function removeServiceAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const raw = fields(formData) as Record<string, unknown>;
  const uai = uaiParamSchema.safeParse(raw.uai);
  if (!uai.success) return invalid(uai.error);
  const parsed = removeServiceSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "school.services.manage", { type: "school", uai: uai.data });
    const r = await removeService(getDb(), { uai: uai.data, schoolServiceId: parsed.data.schoolServiceId, userId: requireUser(actor).id });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    refresh(uai.data);
    // Its page no longer exists: back to the school's list.
    redirect(`/etablissements/${uai.data}#titre-services`);
  });
}

export async function recordReviewAction(uaiInput: unknown, input: unknown): Promise<ActionState> {
  const uai = uaiParamSchema.safeParse(uaiInput);
  if (!uai.success) return invalid(uai.error);
  const parsed = reviewInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "school.review", { type: "school", uai: uai.data });
    const r = await recordReview(getDb(), { uai: uai.data, userId: requireUser(actor).id, review: parsed.data });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    if (r.unchanged) return { ok: true, message: REVIEW_UNCHANGED_MESSAGE };
    refresh(uai.data);
    return { ok: true, message: `Décision « ${DECISION_LABELS[parsed.data.decision]} » enregistrée.` };
  });
}
