/**
 * Organisations (editors) and their members: creating one (its creator is its first owner),
 * members and roles, leaving; an organisation always keeps an owner.
 */
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, users } from "@/db/schema";
import type { OrgRole } from "../authz";
import { audit } from "../audit";
import { sirenError } from "../identifiers";
import { fail, type Result } from "../result";
import type { DbOrTx } from "../transaction";

export async function createOrganisation(db: Db, userId: string, input: { name: string; siren: string }): Promise<Result<{ organisationId: string }>> {
  const siren = input.siren.replace(/\s/g, "");
  const sirenMessage = sirenError(siren);
  if (sirenMessage) return fail(400, sirenMessage);
  return db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    const [org] = await tx.insert(organisations).values({ id, name: input.name.trim(), siren }).onConflictDoNothing().returning({ id: organisations.id });
    if (!org) {
      return fail(409, `Une organisation portant le SIREN ${siren} existe déjà sur la plateforme. Demandez à l'un de ses propriétaires de vous inviter.`);
    }
    await tx.insert(memberships).values({ userId, organisationId: id, role: "owner" });
    await audit(tx, { actorUserId: userId, action: "organisation.create", subjectType: "organisation", subjectId: id, organisationId: id, after: { name: input.name.trim(), siren } });
    return { ok: true as const, organisationId: id };
  });
}

export async function getOrganisation(db: Db, id: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
  return org ?? null;
}

export async function listMembers(db: Db, organisationId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name));
}

async function ownerCount(tx: DbOrTx, organisationId: string): Promise<number> {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")));
  return Number(n);
}

const LAST_OWNER = "L'organisation doit garder au moins un propriétaire : nommez d'abord un autre propriétaire.";

export async function changeRole(db: Db, actorId: string, organisationId: string, userId: string, role: OrgRole): Promise<Result> {
  return db.transaction(async (tx) => {
    const [m] = await tx.select().from(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId))).for("update");
    if (!m) return fail(404, "Ce membre n'appartient pas à l'organisation.");
    if (m.role === role) return { ok: true as const };
    if (m.role === "owner" && (await ownerCount(tx, organisationId)) <= 1) return fail(409, LAST_OWNER);
    await tx.update(memberships).set({ role }).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await audit(tx, { actorUserId: actorId, action: "membership.role", subjectType: "user", subjectId: userId, organisationId, before: { role: m.role }, after: { role } });
    return { ok: true as const };
  });
}

/** Removes a member (or the caller leaving); the last owner cannot go. */
export async function removeMember(db: Db, actorId: string, organisationId: string, userId: string): Promise<Result> {
  return db.transaction(async (tx) => {
    const [m] = await tx.select().from(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId))).for("update");
    if (!m) return fail(404, "Ce membre n'appartient pas à l'organisation.");
    if (m.role === "owner" && (await ownerCount(tx, organisationId)) <= 1) return fail(409, LAST_OWNER);
    await tx.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await audit(tx, { actorUserId: actorId, action: actorId === userId ? "membership.leave" : "membership.remove", subjectType: "user", subjectId: userId, organisationId, before: { role: m.role } });
    return { ok: true as const };
  });
}

/** The organisations of the user, for "Mon espace". */
export async function myOrganisations(db: Db, userId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, siren: organisations.siren, role: memberships.role, isDemo: organisations.isDemo })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}
