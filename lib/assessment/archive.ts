/**
 * Archiving a service its editor no longer offers, and restoring it.
 *
 * An archived service leaves the catalogue (lib/assessment/catalogue) and the editor's default list;
 * its publications stay readable at their addresses; its draft can no longer be changed nor
 * published (every write of the draft checks `refuseIfArchived` inside its own transaction, after
 * locking the service row, so an archive that lands between the page and the write is seen);
 * schools that use it are told (lib/schools/overview: a point d'attention).
 * Callers authorise first (lib/authz "service.edit"); each write runs in one transaction with its
 * audit event.
 */
import "server-only";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { services, users } from "@/db/schema";
import { audit } from "../audit";
import type { Result } from "../result";
import type { Tx } from "../transaction";
import { countSchoolsUsingService } from "../schools/store";
import type { ServiceRecord } from "./store";
import { ARCHIVED_DRAFT_MESSAGE } from "./archived";

/**
 * Locks the service row for the rest of the transaction (share: writes of the draft run side by
 * side, an archive waits for them; update: publish, one at a time) and says whether it is archived.
 * Null when the service does not exist.
 */
export async function lockService(tx: Tx | Db, serviceId: string, mode: "share" | "update"): Promise<{ archivedAt: Date | null } | null> {
  const rows = await tx
    .select({ archivedAt: services.archivedAt })
    .from(services)
    .where(eq(services.id, serviceId))
    .for(mode === "share" ? "share" : "update");
  const [row] = rows;
  if (!row) return null;
  return { archivedAt: row.archivedAt === null ? null : row.archivedAt instanceof Date ? row.archivedAt : new Date(row.archivedAt) };
}

/** The 409 refusal of a write of the draft when the service is archived (locks the row: call it inside the write's transaction). */
export async function refuseIfArchived(tx: Tx | Db, serviceId: string, mode: "share" | "update" = "share"): Promise<{ ok: false; status: 409; message: string } | null> {
  const row = await lockService(tx, serviceId, mode);
  return row?.archivedAt ? { ok: false, status: 409, message: ARCHIVED_DRAFT_MESSAGE } : null;
}

/**
 * Archives the service: it leaves the catalogue, its draft is frozen, its publications stay
 * readable. Tells how many schools use it (they see it as "Archivé par l'éditeur").
 */
export async function archiveService(db: Db, input: { service: Pick<ServiceRecord, "id" | "organisationId">; userId: string; now?: Date }): Promise<Result<{ archivedAt: Date; schools: number }>> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    // The guard in the WHERE clause makes the check and the write one step (two archives at once: one wins, the other is told).
    const [row] = await tx
      .update(services)
      .set({ archivedAt: now, archivedBy: input.userId })
      .where(and(eq(services.id, input.service.id), isNull(services.archivedAt)))
      .returning({ id: services.id, name: services.name });
    if (!row) return { ok: false as const, status: 409 as const, message: "Ce service est déjà archivé." };
    const schools = await countSchoolsUsingService(tx as unknown as Db, input.service.id);
    await audit(tx, {
      actorUserId: input.userId,
      action: "service.archive",
      subjectType: "service",
      subjectId: input.service.id,
      organisationId: input.service.organisationId,
      before: { archivedAt: null },
      after: { archivedAt: now.toISOString() },
      details: { name: row.name, schools },
      at: now,
    });
    return { ok: true as const, archivedAt: now, schools };
  });
}

/** Restores an archived service: back in the catalogue (when published) and in the editor's list, its draft editable again. */
export async function restoreService(db: Db, input: { service: Pick<ServiceRecord, "id" | "organisationId">; userId: string; now?: Date }): Promise<Result<{ archivedAt: Date }>> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ archivedAt: services.archivedAt, archivedBy: services.archivedBy, name: services.name })
      .from(services)
      .where(and(eq(services.id, input.service.id), isNotNull(services.archivedAt)))
      .for("update");
    if (!before?.archivedAt) return { ok: false as const, status: 409 as const, message: "Ce service n'est pas archivé : il n'y a rien à restaurer." };
    const archivedAt = before.archivedAt instanceof Date ? before.archivedAt : new Date(before.archivedAt);
    await tx.update(services).set({ archivedAt: null, archivedBy: null }).where(eq(services.id, input.service.id));
    await audit(tx, {
      actorUserId: input.userId,
      action: "service.restore",
      subjectType: "service",
      subjectId: input.service.id,
      organisationId: input.service.organisationId,
      before: { archivedAt: archivedAt.toISOString(), archivedBy: before.archivedBy },
      after: { archivedAt: null },
      details: { name: before.name },
      at: now,
    });
    return { ok: true as const, archivedAt };
  });
}

/** When and by whom the service was archived (null when it is not archived). */
export async function archiveDetails(db: Db, service: Pick<ServiceRecord, "archivedAt" | "archivedBy">): Promise<{ at: Date; byName: string | null } | null> {
  if (!service.archivedAt) return null;
  const [who] = service.archivedBy ? await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, service.archivedBy)) : [];
  return { at: service.archivedAt, byName: who ? (who.name ?? who.email) : null };
}

/** Names of the people who archived services (the editor's list), by user id. */
export async function userNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name ?? r.email ?? "compte supprimé"]));
}
