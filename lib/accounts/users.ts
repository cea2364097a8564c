/**
 * Accounts: who is asking (the actor, read from the database on every request), creating an
 * account with a password, signing in with it (attempts recorded and limited), and linking an
 * OpenID Connect account.
 */
import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts, memberships, schoolHeads, users } from "@/db/schema";
import type { Actor, OrgRole } from "../authz";
import { ANONYMOUS } from "../authz";
import { audit } from "../audit";
import { fail, type Result } from "../result";
import { normalizeEmail, passwordError } from "../auth/schemas";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "../auth/password";
import { ACCOUNT_RULE, ADDRESS_RULE, combine, decide, type RateLimitDecision } from "../auth/rate-limit";

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
