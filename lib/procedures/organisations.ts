/**
 * Procedures of an organisation's members and invitations (page /espace/organisations/[id]).
 * Declared once for the kernel (lib/kernel); the rules (the last owner stays…) are in lib/accounts.
 */
import { z } from "zod";
import type { Db } from "@/db/client";
import { defineAction, type ActionState } from "@/lib/kernel";
import * as accounts from "@/lib/accounts";
import { inviteSchema, roleField } from "@/lib/auth/schemas";

const id = z.string({ error: "Identifiant manquant." }).trim().min(1, { error: "Identifiant manquant." }).max(100, { error: "Identifiant invalide." });

/** The organisation as the policy's resource; null when it does not exist. */
async function organisation({ db, input }: { db: Db; input: { organisationId: string } }) {
  const org = await accounts.getOrganisation(db, input.organisationId);
  return org ? { type: "organisation" as const, id: org.id } : null;
}
const page = (organisationId: string) => `/espace/organisations/${organisationId}`;

export const invite = defineAction({
  name: "organisations.invite",
  input: inviteSchema.extend({ organisationId: id }),
  policy: { action: "organisation.members.manage", resource: organisation },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const r = await accounts.createInvitation(db, actor.id, input.organisationId, input);
    if (!r.ok) return { ok: false, status: r.status, message: r.message, fieldErrors: { email: r.message } };
    effects.revalidate(page(input.organisationId));
    return { ok: true, message: `Invitation créée pour ${input.email}.`, data: { path: `/invitation/${r.token}`, expiresAt: r.expiresAt.toISOString() } };
  },
});

export const revokeInvitation = defineAction({
  name: "organisations.revokeInvitation",
  input: z.object({ organisationId: id, invitationId: id }),
  policy: { action: "organisation.members.manage", resource: organisation },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const r = await accounts.revokeInvitation(db, actor.id, input.organisationId, input.invitationId);
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    effects.revalidate(page(input.organisationId));
    return { ok: true };
  },
});

export const changeRole = defineAction({
  name: "organisations.changeRole",
  input: z.object({ organisationId: id, userId: id, role: roleField }),
  policy: { action: "organisation.members.manage", resource: organisation },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const r = await accounts.changeRole(db, actor.id, input.organisationId, input.userId, input.role);
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    effects.revalidate(page(input.organisationId));
    return { ok: true };
  },
});

export const removeMember = defineAction({
  name: "organisations.removeMember",
  input: z.object({ organisationId: id, userId: id }),
  policy: {
    action: "organisation.members.manage",
    resource: organisation,
    // Leaving is one's own business; removing someone else needs the owner's right.
    instead: { action: "organisation.leave", when: ({ actor, input }) => actor.kind === "user" && input.userId === actor.id, why: "when the member removed is oneself" },
  },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const r = await accounts.removeMember(db, actor.id, input.organisationId, input.userId);
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    effects.revalidate(page(input.organisationId));
    effects.revalidate("/espace");
    return { ok: true };
  },
});
