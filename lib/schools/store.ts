/**
 * Schools in the database: the services a school uses (added from the catalogue of published
 * services, or declared when not on the platform), the head's decisions (reviews, append-only),
 * the school's overview, and how many schools use a service (the only thing editors learn).
 * No Next.js and no policy here: callers authorise first (lib/authz). Every read and write is
 * scoped by the school's UAI, so an id of another school's row answers "not found".
 * Every write runs in one transaction with its audit event. Audit events of schools never carry
 * an organisation id: an editor's organisation audit trail must not show schools' decisions.
 */
import "server-only";
import { and, asc, count, countDistinct, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { publications } from "@/db/assessment-schema";
import { reviews, schoolServices } from "@/db/school-schema";
import { organisations, schools, services, users } from "@/db/schema";
import { audit } from "../audit";
import { fail, type Result } from "../result";
import type { ServiceCategory } from "../grid/profile";
import type { AssessmentScore, ConformityStatus, Gap } from "../scoring";
import type { DeclareServiceInput, ReviewDecision, ReviewInput } from "./input";
import { todayInFrance } from "./input";
import { freshnessOf, newPublicationSince, type PublicationSummary, type ReviewSummary, type SchoolServiceView } from "./overview";

const NOT_IN_SCHOOL = "Ce service ne figure pas dans la liste de l'établissement.";

export type SchoolRecord = typeof schools.$inferSelect;

export async function getSchool(db: Db, uai: string): Promise<SchoolRecord | null> {
  const [row] = await db.select().from(schools).where(eq(schools.uai, uai));
  return row ?? null;
}

// ---------------------------------------------------------------------------
// The list of the school's services
// ---------------------------------------------------------------------------

/** Adds a published service (or puts back one removed earlier, with its history). */
export async function addPublishedService(db: Db, input: { uai: string; serviceId: string; userId: string }): Promise<Result<{ schoolServiceId: string; name: string }>> {
  return db.transaction(async (tx) => {
    const [svc] = await tx
      .select({ id: services.id, name: sql<string>`coalesce(${publications.snapshot}->'service'->>'name', ${services.name})`, archivedAt: services.archivedAt })
      .from(services)
      .innerJoin(publications, eq(publications.serviceId, services.id))
      .where(eq(services.id, input.serviceId))
      .orderBy(desc(publications.number))
      .limit(1);
    // Unpublished services do not exist outside their organisation: same answer as a wrong id.
    if (!svc) return fail(404, "Ce service n'a pas de positionnement publié : il ne peut pas être ajouté depuis le catalogue.");
    const [existing] = await tx
      .select()
      .from(schoolServices)
      .where(and(eq(schoolServices.uai, input.uai), eq(schoolServices.serviceId, input.serviceId)))
      .for("update");
    if (existing && !existing.removedAt) return fail(409, `« ${svc.name} » figure déjà dans la liste de l'établissement.`);
    // An archived service has left the catalogue: schools that already use it keep it, no school adds it.
    if (svc.archivedAt) return fail(409, `« ${svc.name} » a été archivé par son éditeur : il ne figure plus au catalogue et ne peut plus être ajouté.`);
    let id: string;
    if (existing) {
      await tx.update(schoolServices).set({ removedAt: null, addedAt: new Date(), addedBy: input.userId }).where(eq(schoolServices.id, existing.id));
      id = existing.id;
    } else {
      const [row] = await tx.insert(schoolServices).values({ uai: input.uai, serviceId: input.serviceId, addedBy: input.userId }).onConflictDoNothing().returning({ id: schoolServices.id });
      if (!row) return fail(409, `« ${svc.name} » figure déjà dans la liste de l'établissement.`);
      id = row.id;
    }
    await audit(tx, { actorUserId: input.userId, action: "school.service.add", subjectType: "school_service", subjectId: id, uai: input.uai, details: { serviceId: input.serviceId, name: svc.name, readded: !!existing } });
    return { ok: true as const, schoolServiceId: id, name: svc.name };
  });
}

/** Declares a service that no editor has positioned on the platform. */
export async function declareService(db: Db, input: { uai: string; userId: string; service: DeclareServiceInput }): Promise<Result<{ schoolServiceId: string }>> {
  const { name, editor, url } = input.service;
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(schoolServices)
      .where(and(eq(schoolServices.uai, input.uai), sql`lower(${schoolServices.declaredName}) = lower(${name})`))
      .for("update");
    if (existing && !existing.removedAt) return fail(409, `Un service nommé « ${existing.declaredName} » figure déjà dans la liste de l'établissement.`);
    let id: string;
    if (existing) {
      await tx
        .update(schoolServices)
        .set({ declaredName: name, declaredEditor: editor, declaredUrl: url || null, removedAt: null, addedAt: new Date(), addedBy: input.userId })
        .where(eq(schoolServices.id, existing.id));
      id = existing.id;
    } else {
      const [row] = await tx
        .insert(schoolServices)
        .values({ uai: input.uai, declaredName: name, declaredEditor: editor, declaredUrl: url || null, addedBy: input.userId })
        .onConflictDoNothing()
        .returning({ id: schoolServices.id });
      if (!row) return fail(409, `Un service nommé « ${name} » figure déjà dans la liste de l'établissement.`);
      id = row.id;
    }
    await audit(tx, { actorUserId: input.userId, action: "school.service.declare", subjectType: "school_service", subjectId: id, uai: input.uai, after: { name, editor, url: url || null } });
    return { ok: true as const, schoolServiceId: id };
  });
}

/** Removes a service from the school's list; its decisions stay in the history. */
export async function removeService(db: Db, input: { uai: string; schoolServiceId: string; userId: string }): Promise<Result> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(schoolServices)
      .set({ removedAt: new Date() })
      .where(and(eq(schoolServices.id, input.schoolServiceId), eq(schoolServices.uai, input.uai), isNull(schoolServices.removedAt)))
      .returning();
    if (!row) return fail(404, NOT_IN_SCHOOL);
    await audit(tx, { actorUserId: input.userId, action: "school.service.remove", subjectType: "school_service", subjectId: row.id, uai: input.uai, details: { serviceId: row.serviceId, declaredName: row.declaredName } });
    return { ok: true as const };
  });
}

// ---------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------

/** What the head reads when the decision sent is the one already in force. */
export const REVIEW_UNCHANGED_MESSAGE = "Décision déjà enregistrée : elle est identique à la décision en vigueur, rien n'a été ajouté à l'historique.";

/** The content of a decision: two decisions in a row with the same content are one decision. */
export function sameReviewContent(
  a: { decision: string; comment: string; nextReviewOn: string | null; publicationNumber: number | null },
  b: { decision: string; comment: string; nextReviewOn: string | null; publicationNumber: number | null },
): boolean {
  return a.decision === b.decision && a.comment.trim() === b.comment.trim() && (a.nextReviewOn || null) === (b.nextReviewOn || null) && a.publicationNumber === b.publicationNumber;
}

/**
 * Records the head's decision on one service of the school (a new review row: the history is
 * kept), with its audit event, in one transaction. The publication reviewed must exist; a
 * declared service has none.
 *
 * The same content as the decision in force (pressing "Enregistrer" again, a double click, two
 * tabs) writes nothing and answers `unchanged`. That check runs in the transaction of the write,
 * after the row of the school's service is locked (`for update`): two concurrent requests run one
 * after the other, and the second sees the first one's decision.
 */
export async function recordReview(db: Db, input: { uai: string; userId: string; review: ReviewInput; now?: Date }): Promise<Result<{ reviewId: number; unchanged: boolean }>> {
  const { review } = input;
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [ss] = await tx
      .select()
      .from(schoolServices)
      .where(and(eq(schoolServices.id, review.schoolServiceId), eq(schoolServices.uai, input.uai), isNull(schoolServices.removedAt)))
      .for("update");
    if (!ss) return fail(404, NOT_IN_SCHOOL);
    let gridVersion: string | null = null;
    if (ss.serviceId) {
      if (review.publicationNumber === null) return fail(400, "Indiquez la publication examinée.");
      const [pub] = await tx
        .select({ gridVersion: publications.gridVersion })
        .from(publications)
        .where(and(eq(publications.serviceId, ss.serviceId), eq(publications.number, review.publicationNumber)));
      if (!pub) return fail(400, `La publication n° ${review.publicationNumber} de ce service n'existe pas.`);
      gridVersion = pub.gridVersion;
    } else if (review.publicationNumber !== null) {
      return fail(400, "Ce service n'est pas positionné sur la plateforme : aucune publication ne peut être examinée.");
    }
    const [latest] = await tx
      .select({ id: reviews.id, decision: reviews.decision, comment: reviews.comment, nextReviewOn: reviews.nextReviewOn, publicationNumber: reviews.publicationNumber })
      .from(reviews)
      .where(eq(reviews.schoolServiceId, ss.id))
      .orderBy(desc(reviews.decidedAt), desc(reviews.id))
      .limit(1);
    const values = {
      decision: review.decision,
      comment: review.comment.trim(),
      nextReviewOn: review.nextReviewOn || null,
      publicationNumber: review.publicationNumber,
    };
    if (latest && sameReviewContent(latest, values)) return { ok: true as const, reviewId: latest.id, unchanged: true };
    const before = latest ? { decision: latest.decision, comment: latest.comment, nextReviewOn: latest.nextReviewOn, publicationNumber: latest.publicationNumber } : null;
    const [row] = await tx
      .insert(reviews)
      .values({ schoolServiceId: ss.id, uai: input.uai, ...values, gridVersion, decidedBy: input.userId, decidedAt: now })
      .returning({ id: reviews.id });
    await audit(tx, {
      actorUserId: input.userId,
      action: "school.review",
      subjectType: "school_service",
      subjectId: ss.id,
      uai: input.uai,
      before,
      after: values,
      details: { reviewId: row.id, serviceId: ss.serviceId },
      at: now,
    });
    return { ok: true as const, reviewId: row.id, unchanged: false };
  });
}

export type ReviewHistoryEntry = ReviewSummary & { schoolServiceId: string; serviceName: string; /** still in the school's list */ active: boolean };

/** The school's decisions, newest first (optionally for one of its services). */
export async function reviewHistory(db: Db, uai: string, options: { schoolServiceId?: string; limit?: number } = {}): Promise<ReviewHistoryEntry[]> {
  const rows = await db
    .select({
      r: reviews,
      who: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      serviceName: sql<string>`coalesce(${schoolServices.declaredName}, ${services.name})`,
      active: sql<boolean>`(${schoolServices.removedAt} is null)`,
    })
    .from(reviews)
    .innerJoin(schoolServices, eq(schoolServices.id, reviews.schoolServiceId))
    .leftJoin(services, eq(services.id, schoolServices.serviceId))
    .leftJoin(users, eq(users.id, reviews.decidedBy))
    .where(and(eq(reviews.uai, uai), options.schoolServiceId ? eq(reviews.schoolServiceId, options.schoolServiceId) : undefined))
    .orderBy(desc(reviews.decidedAt), desc(reviews.id))
    .limit(options.limit ?? 200);
  return rows.map(({ r, who, serviceName, active }) => ({ ...toReviewSummary(r, who), schoolServiceId: r.schoolServiceId, serviceName, active: active === true || (active as unknown) === "t" }));
}

function toReviewSummary(r: typeof reviews.$inferSelect, who: string | null): ReviewSummary {
  return {
    id: r.id,
    decision: r.decision as ReviewDecision,
    comment: r.comment,
    nextReviewOn: r.nextReviewOn,
    publicationNumber: r.publicationNumber,
    gridVersion: r.gridVersion,
    decidedAt: r.decidedAt instanceof Date ? r.decidedAt : new Date(r.decidedAt),
    decidedByName: who,
  };
}

// ---------------------------------------------------------------------------
// The overview: every service of the school with its latest publication and latest decision
// ---------------------------------------------------------------------------

type ScoreAxes = AssessmentScore["axes"];

/** Three queries whatever the number of services: the list, the latest publications, the latest decisions. */
export async function schoolOverview(db: Db, uai: string, options: { currentGridVersion: string; now?: Date; schoolServiceId?: string }): Promise<SchoolServiceView[]> {
  const now = options.now ?? new Date();
  const today = todayInFrance(now);
  const list = await db
    .select({
      id: schoolServices.id,
      serviceId: schoolServices.serviceId,
      declaredName: schoolServices.declaredName,
      declaredEditor: schoolServices.declaredEditor,
      declaredUrl: schoolServices.declaredUrl,
      addedAt: schoolServices.addedAt,
      serviceName: services.name,
      serviceUrl: services.url,
      category: services.category,
      organisationName: organisations.name,
      archivedAt: services.archivedAt,
    })
    .from(schoolServices)
    .leftJoin(services, eq(services.id, schoolServices.serviceId))
    .leftJoin(organisations, eq(organisations.id, services.organisationId))
    .where(and(eq(schoolServices.uai, uai), isNull(schoolServices.removedAt), options.schoolServiceId ? eq(schoolServices.id, options.schoolServiceId) : undefined));
  if (list.length === 0) return [];

  const serviceIds = list.flatMap((r) => (r.serviceId ? [r.serviceId] : []));
  // Two steps: the latest publication numbers (index only), then a few parts of those snapshots
  // only (each JSON access reads the whole snapshot again: as few as possible, on as few rows).
  const latest = serviceIds.length
    ? await db
        .select({ serviceId: publications.serviceId, number: sql<number>`max(${publications.number})`.mapWith(Number) })
        .from(publications)
        .where(inArray(publications.serviceId, serviceIds))
        .groupBy(publications.serviceId)
    : [];
  const pubs = latest.length
    ? await db
        .select({
          serviceId: publications.serviceId,
          number: publications.number,
          publishedAt: publications.publishedAt,
          gridVersion: publications.gridVersion,
          service: sql<{ name?: string; url?: string | null } | null>`${publications.snapshot}->'service'`,
          organisationName: sql<string | null>`${publications.snapshot}->'organisation'->>'name'`,
          overall: sql<AssessmentScore["overall"] | null>`${publications.snapshot}->'score'->'overall'`,
          axes: sql<ScoreAxes | null>`${publications.snapshot}->'score'->'axes'`,
          conformity: sql<{ status: ConformityStatus; gaps: Gap[]; missing?: unknown[] } | null>`${publications.snapshot}->'score'->'conformity'`,
        })
        .from(publications)
        .where(sql`(${publications.serviceId}, ${publications.number}) in (${sql.join(
          latest.map((l) => sql`(${l.serviceId}, ${l.number})`),
          sql`, `,
        )})`)
    : [];
  const pubBy = new Map(pubs.map((p) => [p.serviceId, p]));

  const latestReviews = await db
    .selectDistinctOn([reviews.schoolServiceId], { r: reviews, who: sql<string | null>`coalesce(${users.name}, ${users.email})` })
    .from(reviews)
    .leftJoin(users, eq(users.id, reviews.decidedBy))
    .where(and(eq(reviews.uai, uai), inArray(reviews.schoolServiceId, list.map((r) => r.id))))
    .orderBy(reviews.schoolServiceId, desc(reviews.decidedAt), desc(reviews.id));
  const reviewBy = new Map(latestReviews.map((x) => [x.r.schoolServiceId, toReviewSummary(x.r, x.who)]));

  const rows = list.map((r): SchoolServiceView => {
    const p = r.serviceId ? pubBy.get(r.serviceId) : undefined;
    const publication: PublicationSummary | null = p
      ? {
          number: p.number,
          publishedAt: p.publishedAt instanceof Date ? p.publishedAt : new Date(p.publishedAt),
          gridVersion: p.gridVersion,
          overall: p.overall?.maturity ?? null,
          axes: (p.axes ?? []).map((a) => ({ axis: a.axis, maturity: a.maturity ?? null, maturityState: a.maturityState, gaps: a.gaps?.length ?? 0 })),
          conformity: p.conformity?.status ?? "incomplet",
          gaps: p.conformity?.gaps?.length ?? 0,
          gapList: p.conformity?.gaps ?? [],
          missing: p.conformity?.missing?.length ?? 0,
        }
      : null;
    const review = reviewBy.get(r.id) ?? null;
    return {
      id: r.id,
      kind: r.serviceId ? "platform" : "declared",
      serviceId: r.serviceId,
      // The public name and editor are the ones frozen in the publication.
      name: p?.service?.name ?? r.serviceName ?? r.declaredName ?? "",
      editor: p?.organisationName ?? r.organisationName ?? r.declaredEditor,
      url: r.serviceId ? (p?.service?.url ?? r.serviceUrl) : r.declaredUrl,
      category: (r.category as ServiceCategory | null) ?? null,
      addedAt: r.addedAt,
      archivedAt: r.archivedAt === null ? null : r.archivedAt instanceof Date ? r.archivedAt : new Date(r.archivedAt),
      publication,
      review,
      freshness: freshnessOf(publication, options.currentGridVersion, now),
      newPublicationSinceReview: newPublicationSince(publication, review),
      reviewDue: !!review?.nextReviewOn && review.nextReviewOn <= today,
    };
  });
  return rows.sort((a, b) => a.name.localeCompare(b.name, "fr", { sensitivity: "base" }) || a.id.localeCompare(b.id));
}

/** One service of the school (null when it is not in the school's current list). */
export async function schoolServiceView(db: Db, uai: string, schoolServiceId: string, options: { currentGridVersion: string; now?: Date }): Promise<SchoolServiceView | null> {
  const [row] = await schoolOverview(db, uai, { ...options, schoolServiceId });
  return row ?? null;
}

/** Ids of the platform services already in the school's list (for the catalogue search). */
export async function schoolServiceIds(db: Db, uai: string): Promise<Set<string>> {
  const rows = await db
    .select({ serviceId: schoolServices.serviceId })
    .from(schoolServices)
    .where(and(eq(schoolServices.uai, uai), isNull(schoolServices.removedAt)));
  return new Set(rows.flatMap((r) => (r.serviceId ? [r.serviceId] : [])));
}

// ---------------------------------------------------------------------------
// What editors learn: a number of schools, never which ones nor their decisions
// ---------------------------------------------------------------------------

export async function countSchoolsUsingService(db: Db, serviceId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: countDistinct(schoolServices.uai) })
    .from(schoolServices)
    .where(and(eq(schoolServices.serviceId, serviceId), isNull(schoolServices.removedAt)));
  return Number(n);
}

/** Number of schools per service of an organisation (services used by no school are absent). */
export async function countSchoolsByService(db: Db, organisationId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ serviceId: schoolServices.serviceId, n: count() })
    .from(schoolServices)
    .innerJoin(services, eq(services.id, schoolServices.serviceId))
    .where(and(eq(services.organisationId, organisationId), isNull(schoolServices.removedAt)))
    .groupBy(schoolServices.serviceId)
    .orderBy(asc(schoolServices.serviceId));
  return new Map(rows.map((r) => [r.serviceId as string, Number(r.n)]));
}
