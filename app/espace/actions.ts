"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/auth";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/authz";
import { claimSchool, createOrganisation } from "@/lib/accounts";
import { guarded, invalid, type ActionState } from "@/app/_auth/guard";
import { createOrganisationSchema, claimSchoolSchema } from "@/lib/auth/schemas";

export async function createOrganisationAction(input: unknown): Promise<ActionState> {
  const parsed = createOrganisationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "organisation.create", null);
    if (actor.kind !== "user") throw new Error("unreachable");
    const r = await createOrganisation(getDb(), actor.id, parsed.data);
    if (!r.ok) return { ok: false, status: r.status, message: r.message, fieldErrors: r.status === 400 || r.status === 409 ? { siren: r.message } : undefined };
    revalidatePath("/espace");
    return { ok: true, message: `L'organisation « ${parsed.data.name} » est créée : vous en êtes propriétaire.`, data: { id: r.organisationId } };
  });
}

export async function claimSchoolAction(input: unknown): Promise<ActionState> {
  const parsed = claimSchoolSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "school.claim", null);
    if (actor.kind !== "user") throw new Error("unreachable");
    const r = await claimSchool(getDb(), actor.id, parsed.data);
    if (!r.ok) return { ok: false, status: r.status, message: r.message, fieldErrors: { uai: r.message } };
    revalidatePath("/espace");
    return { ok: true, message: `Votre demande de rattachement à l'établissement ${parsed.data.uai} est enregistrée. Un administrateur la validera.` };
  });
}

