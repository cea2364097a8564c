/**
 * Services of an editor organisation: creation and profile (which decides the applicable
 * criteria), and the overview rows of "Mes services" and of the public catalogue, computed
 * with a fixed number of queries whatever the number of services.
 */
import crypto from "node:crypto";
import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { answers, assessments, publications } from "@/db/assessment-schema";
import { organisations, services } from "@/db/schema";
import { applicableCriteria, type ServiceProfile } from "../grid/profile";
import type { ServiceInput } from "./service-input";
import type { Grid } from "../grid/schema";
import { audit } from "../audit";
import type { Result } from "../result";
import { refuseIfArchived } from "./archive";
import type { AssessmentScore } from "../scoring";
import type { AnswerContent } from "./answer";
import { scoreFor, type PublicationSnapshot } from "./snapshot";
import { publicationState, rowToContent, serviceProfile, type PublicationRecord, type PublicationState, type ServiceRecord, type StoredAnswer } from "./store";

export { serviceInputSchema, type ServiceInput, type ServiceFormValues } from "./service-input";

export async function createService(db: Db, input: { organisationId: string; userId: string; service: ServiceInput; gridVersion: string }): Promise<string> {
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(services).values({
      id,
      organisationId: input.organisationId,
      name: input.service.name,
      description: input.service.description,
      url: input.service.url || null,
      category: input.service.category,
      profile: input.service.flags,
    });
    await tx.insert(assessments).values({ serviceId: id, gridVersion: input.gridVersion });
    await audit(tx, { actorUserId: input.userId, action: "service.create", subjectType: "service", subjectId: id, organisationId: input.organisationId, after: input.service });
  });
  return id;
}

/** Changes name, description, address and profile. Answers to criteria that stop applying are kept. Refused (409) while archived. */
export async function updateService(db: Db, input: { service: ServiceRecord; userId: string; values: ServiceInput }): Promise<Result> {
  return db.transaction(async (tx) => {
    const archived = await refuseIfArchived(tx, input.service.id);
    if (archived) return archived;
    await tx
      .update(services)
      .set({
        name: input.values.name,
        description: input.values.description,
        url: input.values.url || null,
        category: input.values.category,
        profile: input.values.flags,
        updatedAt: new Date(),
      })
      .where(eq(services.id, input.service.id));
    await audit(tx, {
      actorUserId: input.userId,
      action: "service.update",
      subjectType: "service",
      subjectId: input.service.id,
      organisationId: input.service.organisationId,
      before: { name: input.service.name, description: input.service.description, url: input.service.url, category: input.service.category, flags: input.service.profile },
      after: input.values,
    });
    return { ok: true as const };
  });
}

/** Criteria that appear and disappear when a service's profile changes (shown before confirming). */
export function profileChange(grid: Grid, before: ServiceProfile, after: ServiceProfile) {
  const was = new Set(applicableCriteria(grid, before).map((c) => c.id));
  const will = applicableCriteria(grid, after);
  const willIds = new Set(will.map((c) => c.id));
  return {
    added: will.filter((c) => !was.has(c.id)),
    removed: applicableCriteria(grid, before).filter((c) => !willIds.has(c.id)),
  };
}

export type ServiceOverview = {
  service: ServiceRecord;
  organisationName: string;
  gridVersion: string;
  draftScore: AssessmentScore;
  state: PublicationState;
  lastChange: Date;
  lastPublication: PublicationRecord | null;
};

/** Overview rows for a set of services: four queries in all. */
export async function overviewOf(db: Db, serviceRows: ServiceRecord[], gridFor: (version: string) => Grid): Promise<ServiceOverview[]> {
  if (serviceRows.length === 0) return [];
  const ids = serviceRows.map((s) => s.id);
  const [orgRows, assessmentRows, answerRows, publicationRows] = await Promise.all([
    db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, [...new Set(serviceRows.map((s) => s.organisationId))])),
    db.select().from(assessments).where(inArray(assessments.serviceId, ids)),
    db.select().from(answers).where(inArray(answers.serviceId, ids)),
    db.select().from(publications).where(inArray(publications.serviceId, ids)).orderBy(desc(publications.number)),
  ]);
  const orgName = new Map(orgRows.map((o) => [o.id, o.name]));
  const assessmentOf = new Map(assessmentRows.map((a) => [a.serviceId, a]));
  const answersOf = new Map<string, Map<string, StoredAnswer>>();
  for (const row of answerRows) {
    const m = answersOf.get(row.serviceId) ?? new Map<string, StoredAnswer>();
    m.set(row.criterionId, { content: rowToContent(row), version: row.version, updatedAt: row.updatedAt, updatedByName: null });
    answersOf.set(row.serviceId, m);
  }
  const lastOf = new Map<string, PublicationRecord>();
  for (const p of publicationRows) {
    if (!lastOf.has(p.serviceId)) {
      lastOf.set(p.serviceId, { id: p.id, number: p.number, gridVersion: p.gridVersion, publishedAt: p.publishedAt, publishedByName: null, snapshot: p.snapshot as PublicationSnapshot });
    }
  }
  return serviceRows.map((service) => {
    const assessment = assessmentOf.get(service.id);
    const grid = gridFor(assessment?.gridVersion ?? "");
    const draft = answersOf.get(service.id) ?? new Map<string, StoredAnswer>();
    const contents = new Map<string, AnswerContent>([...draft].map(([k, v]) => [k, v.content]));
    const last = lastOf.get(service.id) ?? null;
    const changes = [service.updatedAt, assessment?.updatedAt].filter((d): d is Date => d instanceof Date);
    return {
      service,
      organisationName: orgName.get(service.organisationId) ?? "",
      gridVersion: grid.version,
      draftScore: scoreFor(grid, serviceProfile(service), contents),
      state: publicationState(grid, service, draft, last),
      lastChange: new Date(Math.max(...changes.map((d) => d.getTime()))),
      lastPublication: last,
    };
  });
}

export async function servicesOfOrganisations(db: Db, organisationIds: readonly string[]): Promise<ServiceRecord[]> {
  if (organisationIds.length === 0) return [];
  return db.select().from(services).where(inArray(services.organisationId, [...organisationIds])).orderBy(services.name);
}
