/**
 * Loads what a service report is made of from the database: a publication (public) or the
 * current draft (the caller has checked "service.read-draft" with lib/authz first).
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisations } from "@/db/schema";
import { publicationByNumber } from "../assessment/catalogue";
import { latestPublication, loadDraft, serviceProfile, type ServiceRecord } from "../assessment/store";
import { scoreFor } from "../assessment/snapshot";
import { currentGrid, findGrid } from "../grid/current";
import { applicableCriteria } from "../grid/profile";
import { deadlineText, getDeadline } from "../settings";
import { sourceFromPublication, type ServiceReportSource } from "./service-data";

/** The report of a publication: the latest one, or the one with this number; null when there is none. */
export async function publicationReportSource(db: Db, serviceId: string, number: number | null, generatedAt = new Date()): Promise<ServiceReportSource | null> {
  const publication = number === null ? await latestPublication(db, serviceId) : await publicationByNumber(db, serviceId, number);
  if (!publication) return null;
  const grid = findGrid(publication.gridVersion) ?? currentGrid();
  const publishedByName = "publishedByName" in publication ? publication.publishedByName : null;
  return sourceFromPublication({ grid, serviceId, publication: { ...publication, publishedByName }, deadline: deadlineText(await getDeadline(db)), generatedAt });
}

/** The report of the current draft (members of the organisation only: authorise before calling). */
export async function draftReportSource(db: Db, service: ServiceRecord, generatedAt = new Date()): Promise<ServiceReportSource> {
  const draft = await loadDraft(db, service.id, currentGrid().version);
  const grid = findGrid(draft.gridVersion) ?? currentGrid();
  const profile = serviceProfile(service);
  const answers = Object.fromEntries([...draft.answers].map(([id, a]) => [id, a.content]));
  const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, service.organisationId));
  const last = await latestPublication(db, service.id);
  return {
    grid,
    service: { id: service.id, name: service.name, description: service.description, url: service.url, profile },
    organisation: { name: org?.name ?? "" },
    applicable: applicableCriteria(grid, profile).map((c) => c.id),
    answers,
    score: scoreFor(grid, profile, new Map(Object.entries(answers))),
    deadline: deadlineText(await getDeadline(db)),
    generatedAt,
    origin: { kind: "brouillon", lastPublication: last ? { number: last.number, publishedAt: last.publishedAt } : null },
  };
}
