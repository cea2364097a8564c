"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentActor } from "@/auth";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/authz";
import { changeRole, createInvitation, removeMember, revokeInvitation } from "@/lib/accounts";
import { inviteSchema, roleField } from "@/lib/auth/schemas";
import { guarded, invalid, type ActionState } from "@/app/_auth/guard";

const id = z.string().trim().min(1, { error: "Identifiant manquant." }).max(100, { error: "Identifiant invalide." });
const organisationId = z.object({ organisationId: id });

export async function inviteAction(orgId: unknown, input: unknown): Promise<ActionState> {
  const o = organisationId.safeParse({ organisationId: orgId });
  if (!o.success) return invalid(o.error);
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "organisation.members.manage", { type: "organisation", id: o.data.organisationId });
    const r = await createInvitation(getDb(), requireUser(actor).id, o.data.organisationId, parsed.data);
    if (!r.ok) return { ok: false, status: r.status, message: r.message, fieldErrors: { email: r.message } };
    revalidatePath(`/espace/organisations/${o.data.organisationId}`);
    return { ok: true, message: `Invitation créée pour ${parsed.data.email}.`, data: { path: `/invitation/${r.token}`, expiresAt: r.expiresAt.toISOString() } };
  });
}

const revokeSchema = z.object({ organisationId: id, invitationId: id });
export async function revokeInvitationAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const parsed = revokeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "organisation.members.manage", { type: "organisation", id: parsed.data.organisationId });
    const r = await revokeInvitation(getDb(), requireUser(actor).id, parsed.data.organisationId, parsed.data.invitationId);
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    revalidatePath(`/espace/organisations/${parsed.data.organisationId}`);
    return { ok: true };
  });
}

const roleSchema = z.object({ organisationId: id, userId: id, role: roleField });
export async function changeRoleAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const parsed = roleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "organisation.members.manage", { type: "organisation", id: parsed.data.organisationId });
    const r = await changeRole(getDb(), requireUser(actor).id, parsed.data.organisationId, parsed.data.userId, parsed.data.role);
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    revalidatePath(`/espace/organisations/${parsed.data.organisationId}`);
    return { ok: true };
  });
}

const memberSchema = z.object({ organisationId: id, userId: id });
export async function removeMemberAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const parsed = memberSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    const user = requireUser(actor);
    // Leaving is one's own business; removing someone else needs the owner's right.
    if (parsed.data.userId === user.id) authorize(actor, "organisation.leave", { type: "organisation", id: parsed.data.organisationId });
    else authorize(actor, "organisation.members.manage", { type: "organisation", id: parsed.data.organisationId });
    const r = await removeMember(getDb(), user.id, parsed.data.organisationId, parsed.data.userId);
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    revalidatePath(`/espace/organisations/${parsed.data.organisationId}`);
    revalidatePath("/espace");
    return { ok: true };
  });
}
