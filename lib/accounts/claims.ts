/**
 * Schools' heads: a user claims a school by its UAI, an administrator decides (or the OpenID
 * Connect provider asserts the school and the claim is approved at once).
 */
import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { schoolClaims, schoolHeads, schools, users } from "@/db/schema";
import { audit } from "../audit";
import { normalizeUai, uaiError } from "../identifiers";
import { fail, type Result } from "../result";
import type { Tx } from "../transaction";

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
