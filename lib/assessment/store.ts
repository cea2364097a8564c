/**
 * Positionings in the database: the draft (answers saved one by one with optimistic
 * concurrency), publication (an immutable snapshot), reverting to the last publication, and
 * the state shown to editors (Brouillon / Publiée / Modifiée depuis la publication).
 * Callers authorise first (lib/authz); every write here runs in one transaction with its audit event.
 */
import "server-only";
import crypto from "node:crypto";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { answers, assessments, publications } from "@/db/assessment-schema";
import { auditEvents, organisations, services, users } from "@/db/schema";
import { PROFILE_FLAGS, serviceProfileSchema, type ServiceProfile } from "../grid/profile";
import type { Grid } from "../grid/schema";
import { audit } from "../audit";
import type { Result } from "../result";
import { answerContentSchema, sameAnswer, type AnswerContent } from "./answer";
import { completenessProblems, type CompletenessProblem } from "./completeness";
import { buildSnapshot, type PublicationSnapshot } from "./snapshot";
import { catalogueSummary, foldSearch } from "./catalogue";
import { refuseIfArchived } from "./archive";
import { ARCHIVED_DRAFT_MESSAGE } from "./archived";
import { applicableCriteria } from "../grid/profile";
import type { PublicationState } from "./publication-state";

export type StoredAnswer = { content: AnswerContent; version: number; updatedAt: Date; updatedByName: string | null };
type AnswerRow = typeof answers.$inferSelect;

export function rowToContent(row: Pick<AnswerRow, "level" | "notApplicable" | "naReason" | "justification" | "evidence">): AnswerContent {
  return {
    level: row.notApplicable ? "na" : ((row.level as AnswerContent["level"]) ?? null),
    justification: row.justification,
    evidence: row.evidence ?? [],
    naReason: row.naReason,
  };
}

function contentToRow(c: AnswerContent) {
  return {
    level: c.level === "na" || c.level === null ? null : c.level,
    notApplicable: c.level === "na",
    naReason: c.level === "na" ? c.naReason.trim() : c.naReason,
    justification: c.justification,
    evidence: c.evidence,
  };
}

export type ServiceRecord = typeof services.$inferSelect;

export function serviceProfile(service: Pick<ServiceRecord, "category" | "profile">): ServiceProfile {
  const parsed = serviceProfileSchema.safeParse({ category: service.category, flags: service.profile ?? {} });
  return parsed.success ? parsed.data : serviceProfileSchema.parse({ category: "autre" });
}

/** The draft's grid version (created on first use with the current grid) and its answers. */
export async function loadDraft(db: Db, serviceId: string, currentGridVersion: string): Promise<{ gridVersion: string; answers: Map<string, StoredAnswer> }> {
  await db.insert(assessments).values({ serviceId, gridVersion: currentGridVersion }).onConflictDoNothing();
  const [assessment] = await db.select().from(assessments).where(eq(assessments.serviceId, serviceId));
  const rows = await db
    .select({ answer: answers, name: users.name, email: users.email })
    .from(answers)
    .leftJoin(users, eq(users.id, answers.updatedBy))
    .where(eq(answers.serviceId, serviceId));
  return {
    gridVersion: assessment.gridVersion,
    answers: new Map(rows.map((r) => [r.answer.criterionId, { content: rowToContent(r.answer), version: r.answer.version, updatedAt: r.answer.updatedAt, updatedByName: r.name ?? r.email }])),
  };
}

export type SaveOutcome =
  | { status: "saved"; version: number; updatedAt: Date }
  | { status: "conflict"; current: StoredAnswer | null }
  | { status: "invalid"; message: string }
  /** the service is archived: its draft is frozen until it is restored (409) */
  | { status: "archived"; message: string };

/**
 * Saves one answer if it is based on the version currently stored (0 = no answer yet).
 * Otherwise nothing is written and the current answer is returned, so the user can choose:
 * no answer is ever overwritten silently.
 */
export async function saveAnswer(
  db: Db,
  input: { service: Pick<ServiceRecord, "id" | "organisationId">; grid: Grid; criterionId: string; baseVersion: number; answer: AnswerContent; userId: string },
): Promise<SaveOutcome> {
  if (!input.grid.criteria.some((c) => c.id === input.criterionId)) {
    return { status: "invalid", message: `Le critère ${input.criterionId} n'existe pas dans la grille ${input.grid.version}.` };
  }
  const content = answerContentSchema.parse(input.answer);
  const serviceId = input.service.id;
  return db.transaction(async (tx) => {
    if (await refuseIfArchived(tx, serviceId)) return { status: "archived" as const, message: ARCHIVED_DRAFT_MESSAGE };
    const now = new Date();
    const [assessment] = await tx.select().from(assessments).where(eq(assessments.serviceId, serviceId));
    if (!assessment) await tx.insert(assessments).values({ serviceId, gridVersion: input.grid.version });
    const [before] = await tx
      .select()
      .from(answers)
      .where(and(eq(answers.serviceId, serviceId), eq(answers.criterionId, input.criterionId)));
    const currentVersion = before?.version ?? 0;
    if (currentVersion !== input.baseVersion) {
      return { status: "conflict" as const, current: before ? await storedAnswer(tx as unknown as Db, before) : null };
    }
    if (before && sameAnswer(rowToContent(before), content)) {
      return { status: "saved" as const, version: before.version, updatedAt: before.updatedAt };
    }
    // The version guard in the WHERE clause makes the check and the write one atomic step.
    const written = before
      ? await tx
          .update(answers)
          .set({ ...contentToRow(content), version: sql`${answers.version} + 1`, updatedAt: now, updatedBy: input.userId })
          .where(and(eq(answers.serviceId, serviceId), eq(answers.criterionId, input.criterionId), eq(answers.version, input.baseVersion)))
          .returning()
      : await tx
          .insert(answers)
          .values({ serviceId, criterionId: input.criterionId, ...contentToRow(content), version: 1, updatedAt: now, updatedBy: input.userId })
          .onConflictDoNothing()
          .returning();
    if (written.length === 0) {
      const [current] = await tx
        .select()
        .from(answers)
        .where(and(eq(answers.serviceId, serviceId), eq(answers.criterionId, input.criterionId)));
      return { status: "conflict" as const, current: current ? await storedAnswer(tx as unknown as Db, current) : null };
    }
    await tx.update(assessments).set({ updatedAt: now }).where(eq(assessments.serviceId, serviceId));
    await audit(tx, {
      actorUserId: input.userId,
      action: "answer.update",
      subjectType: "answer",
      subjectId: `${serviceId}/${input.criterionId}`,
      organisationId: input.service.organisationId,
      before: before ? rowToContent(before) : null,
      after: content,
      at: now,
    });
    return { status: "saved" as const, version: written[0].version, updatedAt: written[0].updatedAt };
  });
}

async function storedAnswer(db: Db, row: AnswerRow): Promise<StoredAnswer> {
  const [u] = row.updatedBy ? await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, row.updatedBy)) : [];
  return { content: rowToContent(row), version: row.version, updatedAt: row.updatedAt, updatedByName: u ? (u.name ?? u.email) : null };
}

/** Who changed a criterion's answer, when, from what to what (newest first). */
export async function answerHistory(db: Db, serviceId: string, criterionId: string) {
  const rows = await db
    .select({ at: auditEvents.at, before: auditEvents.before, after: auditEvents.after, name: users.name, email: users.email })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.subjectType, "answer"), eq(auditEvents.subjectId, `${serviceId}/${criterionId}`)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id));
  return rows.map((r) => ({ at: r.at, who: r.name ?? r.email ?? "compte supprimé", before: r.before as AnswerContent | null, after: r.after as AnswerContent | null }));
}

export type PublicationRecord = { id: string; number: number; gridVersion: string; publishedAt: Date; publishedByName: string | null; snapshot: PublicationSnapshot };

export async function listPublications(db: Db, serviceId: string): Promise<PublicationRecord[]> {
  const rows = await db
    .select({ p: publications, name: users.name, email: users.email })
    .from(publications)
    .leftJoin(users, eq(users.id, publications.publishedBy))
    .where(eq(publications.serviceId, serviceId))
    .orderBy(desc(publications.number));
  return rows.map((r) => ({ id: r.p.id, number: r.p.number, gridVersion: r.p.gridVersion, publishedAt: r.p.publishedAt, publishedByName: r.name ?? r.email, snapshot: r.p.snapshot as PublicationSnapshot }));
}

export async function latestPublication(db: Db, serviceId: string): Promise<PublicationRecord | null> {
  return (await listPublications(db, serviceId))[0] ?? null;
}

/**
 * Publishes the draft: checks completeness, then stores the snapshot (grid version, profile,
 * answers, scores), numbered after the previous ones. Binding criteria below 3 do not block.
 */
export async function publish(
  db: Db,
  input: { service: ServiceRecord; grid: Grid; userId: string },
): Promise<Result<{ publication: PublicationRecord }> | { ok: false; status: 400; message: string; problems: CompletenessProblem[] }> {
  return db.transaction(async (tx) => {
    // Lock the service row: two publications at once get consecutive numbers, not an error; an archived service is not published.
    const archived = await refuseIfArchived(tx, input.service.id, "update");
    if (archived) return archived;
    const draft = await loadDraft(tx as unknown as Db, input.service.id, input.grid.version);
    if (draft.gridVersion !== input.grid.version) {
      return { ok: false as const, status: 400 as const, message: `Ce positionnement suit la grille ${draft.gridVersion}, différente de la grille ${input.grid.version}.`, problems: [] };
    }
    const profile = serviceProfile(input.service);
    const contents = new Map([...draft.answers].map(([id, a]) => [id, a.content]));
    const problems = completenessProblems(applicableCriteria(input.grid, profile), contents);
    if (problems.length > 0) {
      return {
        ok: false as const,
        status: 400 as const,
        message: `Publication impossible : ${problems.length} critère${problems.length > 1 ? "s" : ""} à compléter.`,
        problems,
      };
    }
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.service.organisationId));
    const snapshot = buildSnapshot({
      grid: input.grid,
      service: { name: input.service.name, description: input.service.description, url: input.service.url, profile },
      organisation: { name: org?.name ?? "" },
      answers: contents,
    });
    const [{ max }] = await tx
      .select({ max: sql<number>`coalesce(max(${publications.number}), 0)::int` })
      .from(publications)
      .where(eq(publications.serviceId, input.service.id));
    const now = new Date();
    await tx.update(publications).set({ isLatest: false }).where(and(eq(publications.serviceId, input.service.id), eq(publications.isLatest, true)));
    const [row] = await tx
      .insert(publications)
      .values({
        id: crypto.randomUUID(),
        serviceId: input.service.id,
        number: Number(max) + 1,
        gridVersion: input.grid.version,
        publishedAt: now,
        publishedBy: input.userId,
        snapshot,
        isLatest: true,
        summary: catalogueSummary(snapshot.score),
        searchText: foldSearch(`${snapshot.service.name} ${snapshot.organisation.name}`),
      })
      .returning();
    await audit(tx, {
      actorUserId: input.userId,
      action: "service.publish",
      subjectType: "service",
      subjectId: input.service.id,
      organisationId: input.service.organisationId,
      details: { publication: row.number, gridVersion: input.grid.version, maturity: snapshot.score.overall.maturity, conformity: snapshot.score.conformity.status },
      at: now,
    });
    return { ok: true as const, publication: { id: row.id, number: row.number, gridVersion: row.gridVersion, publishedAt: row.publishedAt, publishedByName: null, snapshot } };
  });
}

/** Restores the last publication's answers into the draft (each restored answer is a new version, audited). */
export async function revertToPublication(db: Db, input: { service: ServiceRecord; userId: string }): Promise<Result<{ restored: number }>> {
  const last = await latestPublication(db, input.service.id);
  if (!last) return { ok: false, status: 404, message: "Ce service n'a pas encore été publié : il n'y a pas de version à restaurer." };
  return db.transaction(async (tx) => {
    const archived = await refuseIfArchived(tx, input.service.id);
    if (archived) return archived;
    const now = new Date();
    const rows = await tx.select().from(answers).where(eq(answers.serviceId, input.service.id));
    const byId = new Map(rows.map((r) => [r.criterionId, r]));
    let restored = 0;
    for (const criterionId of last.snapshot.applicable) {
      const target = last.snapshot.answers[criterionId] ?? answerContentSchema.parse({ level: null });
      const row = byId.get(criterionId);
      if (row && sameAnswer(rowToContent(row), target)) continue;
      if (row) {
        await tx
          .update(answers)
          .set({ ...contentToRow(target), version: sql`${answers.version} + 1`, updatedAt: now, updatedBy: input.userId })
          .where(and(eq(answers.serviceId, input.service.id), eq(answers.criterionId, criterionId)));
      } else {
        await tx.insert(answers).values({ serviceId: input.service.id, criterionId, ...contentToRow(target), version: 1, updatedAt: now, updatedBy: input.userId });
      }
      await audit(tx, {
        actorUserId: input.userId,
        action: "answer.update",
        subjectType: "answer",
        subjectId: `${input.service.id}/${criterionId}`,
        organisationId: input.service.organisationId,
        before: row ? rowToContent(row) : null,
        after: target,
        details: { revertTo: last.number },
        at: now,
      });
      restored += 1;
    }
    await tx.update(assessments).set({ updatedAt: now }).where(eq(assessments.serviceId, input.service.id));
    return { ok: true as const, restored };
  });
}

export { PUBLICATION_STATE_LABELS, type PublicationState } from "./publication-state";

/** Compares the draft with the last publication on content (so a revert makes it "Publiée" again). */
export function publicationState(grid: Grid, service: Pick<ServiceRecord, "category" | "profile">, draft: Map<string, StoredAnswer>, last: PublicationRecord | null): PublicationState {
  if (!last) return "brouillon";
  const profile = serviceProfile(service);
  if (last.gridVersion !== grid.version || !sameProfile(last.snapshot.service.profile, profile)) return "modifiee";
  const ids = applicableCriteria(grid, profile).map((c) => c.id);
  const changed = ids.some((id) => !sameAnswer(draft.get(id)?.content ?? null, last.snapshot.answers[id] ?? null));
  return changed ? "modifiee" : "publiee";
}

/** Same category and flags (compared flag by flag: jsonb does not keep key order). */
export function sameProfile(a: ServiceProfile, b: ServiceProfile): boolean {
  return a.category === b.category && PROFILE_FLAGS.every((f) => Boolean(a.flags?.[f]) === Boolean(b.flags?.[f]));
}

export async function getService(db: Db, id: string): Promise<ServiceRecord | null> {
  const [row] = await db.select().from(services).where(eq(services.id, id));
  return row ?? null;
}

export async function listOrganisationServices(db: Db, organisationId: string): Promise<ServiceRecord[]> {
  return db.select().from(services).where(eq(services.organisationId, organisationId)).orderBy(asc(services.name));
}
