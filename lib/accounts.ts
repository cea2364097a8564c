/**
 * Accounts, organisations' members, invitations, school claims, sign-in attempts and the audit log:
 * the database side of access control. No Next.js here: server actions call these functions after
 * parsing their input (lib/auth/schemas) and asking the policy (lib/authz).
 * Writes that belong together run in one transaction.
 */
import "server-only";
import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  auditEvents,
  invitations,
  loginAttempts,
  memberships,
  organisations,
  schoolClaims,
  schoolHeads,
  schools,
  users,
} from "@/db/schema";
import type { Actor, OrgRole } from "./authz";
import { ANONYMOUS } from "./authz";
import { normalizeEmail, passwordError } from "./auth/schemas";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./auth/password";
import { ACCOUNT_RULE, ADDRESS_RULE, combine, decide, type RateLimitDecision } from "./auth/rate-limit";
import { hashToken, INVITATION_TTL_MS, newToken } from "./auth/tokens";
import { normalizeUai, sirenError, uaiError } from "./identifiers";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Exec = Db | Tx;

/** A business refusal: the status a route handler answers with, and a French message for the user. */
export type Failure = { ok: false; status: 400 | 404 | 409 | 410; message: string };
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;
const fail = (status: Failure["status"], message: string): Failure => ({ ok: false, status, message });

// ---------------------------------------------------------------------------
// Audit log
// ---------------------------------------------------------------------------

export type AuditInput = {
  actorUserId?: string | null;
  action: string;
  subjectType?: string;
  subjectId?: string;
  organisationId?: string | null;
  uai?: string | null;
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown>;
  at?: Date;
};

export async function audit(db: Exec, e: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: e.actorUserId ?? null,
    action: e.action,
    subjectType: e.subjectType ?? null,
    subjectId: e.subjectId ?? null,
    organisationId: e.organisationId ?? null,
    uai: e.uai ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    details: e.details ?? null,
    ...(e.at ? { at: e.at } : {}),
  });
}

// ---------------------------------------------------------------------------
// The actor: who is asking, with memberships and schools, read from the database on every request
// (so a removed member or a deleted account loses access at once, whatever the session cookie says).
// ---------------------------------------------------------------------------

export async function loadActor(db: Db, userId: string | null | undefined): Promise<Actor> {
  if (!userId) return ANONYMOUS;
  const [u] = await db.select({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin }).from(users).where(eq(users.id, userId));
  if (!u) return ANONYMOUS;
  const ms = await db.select({ organisationId: memberships.organisationId, role: memberships.role }).from(memberships).where(eq(memberships.userId, u.id));
  const hs = await db.select({ uai: schoolHeads.uai }).from(schoolHeads).where(eq(schoolHeads.userId, u.id));
  return {
    kind: "user",
    id: u.id,
    email: u.email,
    name: u.name,
    isAdmin: u.isAdmin,
    memberships: ms.map((m) => ({ organisationId: m.organisationId, role: m.role as OrgRole })),
    schools: hs.map((h) => h.uai),
  };
}

// ---------------------------------------------------------------------------
// Accounts and password sign-in
// ---------------------------------------------------------------------------

export async function createPasswordAccount(
  db: Db,
  input: { name: string; email: string; password: string },
): Promise<Result<{ userId: string }>> {
  const message = passwordError(input.password);
  if (message) return fail(400, message);
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(users).values({ name: input.name.trim(), email, passwordHash }).onConflictDoNothing().returning({ id: users.id });
    if (!created) return fail(409, "Un compte existe déjà avec cette adresse électronique : connectez-vous, ou demandez une réinitialisation à un administrateur.");
    await audit(tx, { actorUserId: created.id, action: "account.create", subjectType: "user", subjectId: created.id, details: { method: "password" } });
    return { ok: true as const, userId: created.id };
  });
}

/** Failures that count against an account (after its last success) and against an address. */
export async function signInRateLimit(db: Db, email: string, ip: string, now: Date = new Date()): Promise<RateLimitDecision> {
  const windowStart = new Date(now.getTime() - Math.max(ACCOUNT_RULE.windowMs, ADDRESS_RULE.windowMs));
  const [lastSuccess] = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true)))
    .orderBy(desc(loginAttempts.at))
    .limit(1);
  const accountSince = lastSuccess && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const accountFailures = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, false), gt(loginAttempts.at, accountSince)));
  const addressFailures = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, windowStart)));
  return combine(
    decide(accountFailures.map((r) => r.at), now, ACCOUNT_RULE),
    decide(addressFailures.map((r) => r.at), now, ADDRESS_RULE),
  );
}

export type SignInOutcome =
  | { status: "ok"; user: { id: string; email: string; name: string | null } }
  | { status: "invalid" }
  | { status: "rate-limited"; retryAt: Date };

/**
 * Checks an e-mail and password. The same outcome ("invalid") whether the account exists or not,
 * with a hash computed in both cases so the timing does not tell either. Every attempt is recorded.
 */
export async function signInWithPassword(db: Db, input: { email: string; password: string }, ip: string, now: Date = new Date()): Promise<SignInOutcome> {
  const email = normalizeEmail(input.email);
  const limit = await signInRateLimit(db, email, ip, now);
  if (!limit.allowed) {
    await audit(db, { action: "auth.sign-in-throttled", details: { email, ip, retryAt: limit.retryAt.toISOString() }, at: now });
    return { status: "rate-limited", retryAt: limit.retryAt };
  }
  const [u] = await db.select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
  const ok = u?.passwordHash ? await verifyPassword(u.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ email, ip, success: ok, at: now });
    await audit(tx, ok
      ? { actorUserId: u!.id, action: "auth.sign-in", subjectType: "user", subjectId: u!.id, details: { method: "password", ip }, at: now }
      : { action: "auth.sign-in-failed", details: { method: "password", email, ip }, at: now });
  });
  if (!ok || !u) return { status: "invalid" };
  return { status: "ok", user: { id: u.id, email: u.email!, name: u.name } };
}

// ---------------------------------------------------------------------------
// Organisations and members
// ---------------------------------------------------------------------------

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

async function ownerCount(tx: Exec, organisationId: string): Promise<number> {
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

// ---------------------------------------------------------------------------
// Invitations: single use, expiring; the token is returned once and only its hash is stored
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Schools: heads claim a UAI, an administrator decides (or the OIDC provider asserts it)
// ---------------------------------------------------------------------------

export async function claimSchool(db: Db, userId: string, input: { uai: string; schoolName?: string; message?: string }): Promise<Result<{ claimId: string }>> {
  const uaiMessage = uaiError(input.uai);
  if (uaiMessage) return fail(400, uaiMessage);
  const uai = normalizeUai(input.uai);
  return db.transaction(async (tx) => {
    const [head] = await tx.select().from(schoolHeads).where(and(eq(schoolHeads.userId, userId), eq(schoolHeads.uai, uai)));
    if (head) return fail(409, `Vous êtes déjà chef de l'établissement ${uai}.`);
    const [claim] = await tx
      .insert(schoolClaims)
      .values({ userId, uai, schoolName: input.schoolName?.trim() || null, message: input.message?.trim() || null })
      .onConflictDoNothing()
      .returning({ id: schoolClaims.id });
    if (!claim) return fail(409, `Une demande pour l'établissement ${uai} est déjà en attente de validation.`);
    await audit(tx, { actorUserId: userId, action: "claim.create", subjectType: "school_claim", subjectId: claim.id, uai });
    return { ok: true as const, claimId: claim.id };
  });
}

/** Makes the user head of the school, creating the school row from the claim when the UAI is not yet known. */
async function makeHead(tx: Tx, userId: string, uai: string, schoolName: string | null) {
  await tx
    .insert(schools)
    .values({ uai, name: schoolName?.trim() || `Établissement ${uai}` })
    .onConflictDoNothing();
  await tx.insert(schoolHeads).values({ userId, uai }).onConflictDoNothing();
}

export async function decideClaim(db: Db, adminId: string, claimId: string, decision: "approved" | "rejected", now: Date = new Date()): Promise<Result> {
  return db.transaction(async (tx) => {
    const [claim] = await tx
      .update(schoolClaims)
      .set({ status: decision, decidedBy: adminId, decidedAt: now })
      .where(and(eq(schoolClaims.id, claimId), eq(schoolClaims.status, "pending")))
      .returning();
    if (!claim) return fail(404, "Demande introuvable ou déjà traitée.");
    if (decision === "approved") await makeHead(tx, claim.userId, claim.uai, claim.schoolName);
    await audit(tx, {
      actorUserId: adminId,
      action: decision === "approved" ? "claim.approve" : "claim.reject",
      subjectType: "school_claim",
      subjectId: claim.id,
      uai: claim.uai,
      details: { userId: claim.userId },
      at: now,
    });
    return { ok: true as const };
  });
}

/**
 * An OpenID Connect account was linked to the user (Auth.js `linkAccount` event). An account
 * created with an unverified e-mail (anyone can type any address at sign-up) and now linked to a
 * provider that vouches for the address belongs to that address's owner: the address becomes
 * verified and the password set by whoever created the account is removed, so it cannot be used
 * to reach the account. One transaction with its audit event.
 */
export async function linkProviderAccount(db: Db, userId: string, provider: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ emailVerified: now, passwordHash: null })
      .where(and(eq(users.id, userId), isNull(users.emailVerified)));
    await audit(tx, { actorUserId: userId, action: "account.link", subjectType: "user", subjectId: userId, details: { provider }, at: now });
  });
}

/** The OIDC provider asserted the establishment: the claim is approved at once (idempotent). */
export async function approveClaimFromProvider(db: Db, userId: string, rawUai: string, provider: string, now: Date = new Date()): Promise<Result> {
  if (uaiError(rawUai)) return fail(400, "UAI fourni par le fournisseur d'identité invalide.");
  const uai = normalizeUai(rawUai);
  return db.transaction(async (tx) => {
    const [head] = await tx.select().from(schoolHeads).where(and(eq(schoolHeads.userId, userId), eq(schoolHeads.uai, uai)));
    if (head) return { ok: true as const };
    await tx
      .update(schoolClaims)
      .set({ status: "approved", decidedAt: now })
      .where(and(eq(schoolClaims.userId, userId), eq(schoolClaims.uai, uai), eq(schoolClaims.status, "pending")));
    const [pending] = await tx.select({ id: schoolClaims.id }).from(schoolClaims).where(and(eq(schoolClaims.userId, userId), eq(schoolClaims.uai, uai), eq(schoolClaims.status, "approved")));
    const claimId = pending?.id ?? (await tx.insert(schoolClaims).values({ userId, uai, status: "approved", source: "oidc", decidedAt: now, createdAt: now }).returning({ id: schoolClaims.id }))[0].id;
    await makeHead(tx, userId, uai, null);
    await audit(tx, { actorUserId: userId, action: "claim.approve", subjectType: "school_claim", subjectId: claimId, uai, details: { by: "oidc", provider }, at: now });
    return { ok: true as const };
  });
}

export async function listPendingClaims(db: Db) {
  return db
    .select({ id: schoolClaims.id, uai: schoolClaims.uai, schoolName: schoolClaims.schoolName, knownSchool: schools.name, message: schoolClaims.message, createdAt: schoolClaims.createdAt, userName: users.name, userEmail: users.email })
    .from(schoolClaims)
    .innerJoin(users, eq(users.id, schoolClaims.userId))
    .leftJoin(schools, eq(schools.uai, schoolClaims.uai))
    .where(eq(schoolClaims.status, "pending"))
    .orderBy(asc(schoolClaims.createdAt));
}

// ---------------------------------------------------------------------------
// "Mon espace"
// ---------------------------------------------------------------------------

export async function myOrganisations(db: Db, userId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, siren: organisations.siren, role: memberships.role, isDemo: organisations.isDemo })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}

export async function mySchools(db: Db, userId: string) {
  return db
    .select({ uai: schools.uai, name: schools.name, communeName: schools.communeName, isDemo: schools.isDemo })
    .from(schoolHeads)
    .innerJoin(schools, eq(schools.uai, schoolHeads.uai))
    .where(eq(schoolHeads.userId, userId))
    .orderBy(asc(schools.name));
}

export async function myClaims(db: Db, userId: string) {
  return db
    .select({ id: schoolClaims.id, uai: schoolClaims.uai, status: schoolClaims.status, createdAt: schoolClaims.createdAt, decidedAt: schoolClaims.decidedAt })
    .from(schoolClaims)
    .where(and(eq(schoolClaims.userId, userId), sql`${schoolClaims.status} <> 'approved'`))
    .orderBy(desc(schoolClaims.createdAt));
}

/** The latest audit events, newest first (admin page). */
export async function latestAuditEvents(db: Db, limit = 50) {
  return db
    .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, actorName: users.name, actorEmail: users.email, subjectType: auditEvents.subjectType, subjectId: auditEvents.subjectId, organisationId: auditEvents.organisationId, uai: auditEvents.uai })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}
