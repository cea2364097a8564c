/**
 * The audit log: who did what, on what, when (and the before/after of a change). Every write of
 * the stores adds its event in the same transaction; the admin page lists the latest ones.
 */
import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import type { DbOrTx } from "./transaction";

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

export async function audit(db: DbOrTx, e: AuditInput): Promise<void> {
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

/** The latest audit events, newest first (admin page). */
export async function latestAuditEvents(db: Db, limit = 50) {
  return db
    .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, actorName: users.name, actorEmail: users.email, subjectType: auditEvents.subjectType, subjectId: auditEvents.subjectId, organisationId: auditEvents.organisationId, uai: auditEvents.uai })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}
