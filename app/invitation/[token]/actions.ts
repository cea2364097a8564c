"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentActor, signIn } from "@/auth";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/authz";
import { acceptInvitation, acceptInvitationWithNewAccount, findInvitation } from "@/lib/accounts";
import { nameField, newPasswordField } from "@/lib/auth/schemas";
import { guarded, invalid, type ActionState } from "@/app/_auth/guard";

const tokenField = z.string().trim().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "Lien d'invitation invalide." });
const GONE = "Ce lien d'invitation n'est plus valable : il a déjà servi, a été annulé ou a expiré. Demandez une nouvelle invitation au propriétaire de l'organisation.";

/** A signed-in user joins with the invitation addressed to their e-mail. */
export async function acceptInvitationAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const parsed = z.object({ token: tokenField }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await guarded(async () => {
    const actor = await currentActor();
    const user = requireUser(actor);
    const inv = await findInvitation(getDb(), parsed.data.token);
    if (!inv || inv.state !== "valid") return { ok: false, status: 410, message: GONE };
    authorize(actor, "invitation.accept", { type: "invitation", email: inv.email });
    const r = await acceptInvitation(getDb(), parsed.data.token, { id: user.id, email: user.email ?? "" });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    return { ok: true, data: { organisationId: r.organisationId } };
  });
  if (result.ok && result.data) redirect(`/espace/organisations/${result.data.organisationId}`);
  return result;
}

const newAccountSchema = z.object({ token: tokenField, name: nameField, password: newPasswordField });

/** Someone without an account creates the invited account (its e-mail is the invitation's) and joins. */
export async function acceptWithNewAccountAction(input: unknown): Promise<ActionState> {
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await currentActor();
  if (actor.kind === "user") return { ok: false, status: 409, message: "Vous êtes déjà connecté : rejoignez l'organisation avec votre compte." };
  const inv = await findInvitation(getDb(), parsed.data.token);
  if (!inv || inv.state !== "valid") return { ok: false, status: 410, message: GONE };
  authorize(actor, "invitation.accept", { type: "invitation", email: inv.email });
  const r = await acceptInvitationWithNewAccount(getDb(), parsed.data.token, parsed.data);
  if (!r.ok) return { ok: false, status: r.status, message: r.message };
  await signIn("credentials", { email: r.email, password: parsed.data.password, redirectTo: `/espace/organisations/${r.organisationId}` });
  return { ok: true };
}
