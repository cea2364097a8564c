/**
 * Invitations to an organisation: single use, expiring; the token is returned once and only its
 * hash is stored. An invited person accepts with their account, or creates it with the invited
 * e-mail and joins in the same transaction.
 */
import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations, memberships, organisations, users } from "@/db/schema";
import type { OrgRole } from "../authz";
import { audit } from "../audit";
import { normalizeEmail, passwordError } from "../auth/schemas";
import { hashPassword } from "../auth/password";
import { hashToken, INVITATION_TTL_MS, newToken } from "../auth/tokens";
import { fail, type Failure, type Result } from "../result";
import type { Tx } from "../transaction";

export async function createInvitation(
  db: Db,
  actorId: string,
  organisationId: string,
  input: { email: string; role: OrgRole },
  now: Date = new Date(),
): Promise<Result<{ token: string; invitationId: string; expiresAt: Date }>> {
  const email = normalizeEmail(input.email);
  return db.transaction(async (tx) => {
    const [already] = await tx
      .select({ id: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, organisationId), eq(users.email, email)));
    if (already) return fail(409, "Cette personne est déjà membre de l'organisation.");
    const { token, hash } = newToken();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const [inv] = await tx
      .insert(invitations)
      .values({ organisationId, email, role: input.role, tokenHash: hash, expiresAt, createdBy: actorId, createdAt: now })
      .returning({ id: invitations.id });
    await audit(tx, { actorUserId: actorId, action: "invitation.create", subjectType: "invitation", subjectId: inv.id, organisationId, after: { email, role: input.role, expiresAt: expiresAt.toISOString() }, at: now });
    return { ok: true as const, token, invitationId: inv.id, expiresAt };
  });
}

export async function listPendingInvitations(db: Db, organisationId: string, now: Date = new Date()) {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), isNull(invitations.usedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
    .orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation(db: Db, actorId: string, organisationId: string, invitationId: string): Promise<Result> {
  return db.transaction(async (tx) => {
    const [inv] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id, email: invitations.email });
    if (!inv) return fail(404, "Invitation introuvable ou déjà utilisée.");
    await audit(tx, { actorUserId: actorId, action: "invitation.revoke", subjectType: "invitation", subjectId: inv.id, organisationId, before: { email: inv.email } });
    return { ok: true as const };
  });
}

export type InvitationView = {
  id: string;
  email: string;
  role: OrgRole;
  organisationId: string;
  organisationName: string;
  state: "valid" | "expired" | "used" | "revoked";
  expiresAt: Date;
};

/** What the invitation link shows; null for an unknown token. */
export async function findInvitation(db: Db, token: string, now: Date = new Date()): Promise<InvitationView | null> {
  const [row] = await db
    .select({ inv: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) return null;
  const { inv } = row;
  const state = inv.usedAt ? "used" : inv.revokedAt ? "revoked" : inv.expiresAt <= now ? "expired" : "valid";
  return { id: inv.id, email: inv.email, role: inv.role as OrgRole, organisationId: inv.organisationId, organisationName: row.organisationName, state, expiresAt: inv.expiresAt };
}

const INVITATION_GONE = "Ce lien d'invitation n'est plus valable : il a déjà servi, a été annulé ou a expiré. Demandez une nouvelle invitation au propriétaire de l'organisation.";

/** Marks the invitation used (atomically: a second use finds nothing) and adds the membership. */
async function consumeInvitation(tx: Tx, token: string, userId: string, email: string, now: Date): Promise<Result<{ organisationId: string }>> {
  const [inv] = await tx
    .update(invitations)
    .set({ usedAt: now, usedBy: userId })
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.usedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now), eq(invitations.email, email)))
    .returning();
  if (!inv) return fail(410, INVITATION_GONE);
  const [existing] = await tx.select().from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, inv.organisationId)));
  if (!existing) {
    await tx.insert(memberships).values({ userId, organisationId: inv.organisationId, role: inv.role });
  } else if (existing.role === "member" && inv.role === "owner") {
    await tx.update(memberships).set({ role: "owner" }).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, inv.organisationId)));
  }
  await audit(tx, { actorUserId: userId, action: "invitation.accept", subjectType: "invitation", subjectId: inv.id, organisationId: inv.organisationId, after: { role: inv.role }, at: now });
  return { ok: true as const, organisationId: inv.organisationId };
}

/** A signed-in user accepts (the policy has checked that the invitation is addressed to them). */
export async function acceptInvitation(db: Db, token: string, user: { id: string; email: string }, now: Date = new Date()): Promise<Result<{ organisationId: string }>> {
  const email = normalizeEmail(user.email);
  return db.transaction((tx) => consumeInvitation(tx, token, user.id, email, now));
}

/** An invited person without an account creates it with the invited e-mail, and joins, in one transaction. */
export async function acceptInvitationWithNewAccount(
  db: Db,
  token: string,
  input: { name: string; password: string },
  now: Date = new Date(),
): Promise<Result<{ organisationId: string; userId: string; email: string }>> {
  const message = passwordError(input.password);
  if (message) return fail(400, message);
  const view = await findInvitation(db, token, now);
  if (!view || view.state !== "valid") return fail(410, INVITATION_GONE);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx.insert(users).values({ name: input.name.trim(), email: view.email, passwordHash }).onConflictDoNothing().returning({ id: users.id });
      if (!created) throw new AccountExists();
      await audit(tx, { actorUserId: created.id, action: "account.create", subjectType: "user", subjectId: created.id, details: { method: "invitation" }, at: now });
      const r = await consumeInvitation(tx, token, created.id, view.email, now);
      if (!r.ok) throw new Rollback(r);
      return { ok: true as const, organisationId: r.organisationId, userId: created.id, email: view.email };
    });
  } catch (e) {
    if (e instanceof AccountExists) return fail(409, "Un compte existe déjà avec cette adresse électronique : connectez-vous, puis ouvrez de nouveau le lien d'invitation.");
    if (e instanceof Rollback) return e.failure;
    throw e;
  }
}
class AccountExists extends Error {}
class Rollback extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}
