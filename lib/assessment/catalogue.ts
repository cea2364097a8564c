/**
 * The public side of positionings: the latest publication of each service (catalogue), one
 * service's publications. Drafts never appear here: only rows of the publication table.
 * Archived services (lib/assessment/archive) are left out of the catalogue; their publications
 * stay readable one by one (`publicationByNumber`).
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { publications } from "@/db/assessment-schema";
import { organisations, services } from "@/db/schema";
import { SERVICE_CATEGORIES, type ServiceCategory } from "../grid/profile";
import type { AssessmentScore, ConformityStatus } from "../scoring";
import type { PublicationSnapshot } from "./snapshot";

/** The part of a publication's scores the catalogue needs (not the per-criterion lines). */
export type CatalogueScore = {
  overall: { maturity: number | null; completion: number | null };
  axes: { axis: string; maturity: number | null }[];
  conformity: { status: ConformityStatus; gaps: number };
};

export type CatalogueRow = {
  serviceId: string;
  name: string;
  organisationName: string;
  category: ServiceCategory;
  number: number;
  publishedAt: Date;
  gridVersion: string;
  score: CatalogueScore;
};

export const catalogueFilterSchema = z.object({
  q: z.string().trim().max(100, { error: "Recherche trop longue (100 caractères au plus)." }).optional(),
  categorie: z.enum(SERVICE_CATEGORIES, { error: "Catégorie inconnue." }).optional(),
  conformite: z.enum(["conforme", "non-conforme", "incomplet"], { error: "Conformité inconnue." }).optional(),
  axe: z.string().regex(/^[A-Z]{2,4}$/, { error: "Axe inconnu." }).optional(),
  min: z.coerce.number({ error: "Seuil de maturité invalide." }).int().min(0).max(100).optional(),
  page: z.coerce.number({ error: "Numéro de page invalide." }).int().min(1).max(100000).optional(),
});

export const CATALOGUE_PAGE_SIZE = 50;
export type CatalogueFilter = z.output<typeof catalogueFilterSchema>;

/** What the catalogue keeps of a publication's scores, stored beside the snapshot at publication. */
export type CatalogueSummary = CatalogueScore & { byAxis: Record<string, number | null> };

export function catalogueSummary(score: AssessmentScore): CatalogueSummary {
  return {
    overall: { maturity: score.overall.maturity, completion: score.overall.completion },
    axes: score.axes.map((a) => ({ axis: a.axis, maturity: a.maturity })),
    byAxis: Object.fromEntries(score.axes.map((a) => [a.axis, a.maturity])),
    conformity: { status: score.conformity.status, gaps: score.conformity.gaps.length },
  };
}

/** Lower case without accents: what the catalogue search compares. */
export const foldSearch = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

const catalogueColumns = {
  serviceId: services.id,
  name: sql<string>`coalesce(${publications.snapshot}->'service'->>'name', ${services.name})`,
  category: services.category,
  organisationName: organisations.name,
  number: publications.number,
  publishedAt: publications.publishedAt,
  gridVersion: publications.gridVersion,
  summary: publications.summary,
};

type RawRow = { serviceId: string; name: string; category: string; organisationName: string; number: number; publishedAt: Date | string; gridVersion: string; summary: unknown };

function toRow(r: RawRow): CatalogueRow {
  const summary = (r.summary ?? { overall: { maturity: null, completion: null }, axes: [], conformity: { status: "incomplet", gaps: 0 } }) as CatalogueScore;
  return {
    serviceId: r.serviceId,
    name: r.name,
    organisationName: r.organisationName,
    category: r.category as ServiceCategory,
    number: r.number,
    publishedAt: r.publishedAt instanceof Date ? r.publishedAt : new Date(r.publishedAt),
    gridVersion: r.gridVersion,
    score: { overall: summary.overall, axes: summary.axes, conformity: summary.conformity },
  };
}

/** The catalogue's rows: the latest publication of a service that is not archived. */
const inCatalogue = () => [eq(publications.isLatest, true), isNull(services.archivedAt)];

/** The latest publication of every published service that is not archived (its scores' summary, not its answers). */
export async function latestPublications(db: Db): Promise<CatalogueRow[]> {
  const rows = await db
    .select(catalogueColumns)
    .from(publications)
    .innerJoin(services, eq(services.id, publications.serviceId))
    .innerJoin(organisations, eq(organisations.id, services.organisationId))
    .where(and(...inCatalogue()))
    .orderBy(publications.searchText);
  return rows.map(toRow);
}

/** One page of the catalogue, filtered and counted by the database. */
export async function searchCatalogue(db: Db, f: CatalogueFilter, pageSize = CATALOGUE_PAGE_SIZE): Promise<{ rows: CatalogueRow[]; total: number; page: number; pages: number }> {
  const conditions = inCatalogue();
  if (f.q) conditions.push(sql`${publications.searchText} like ${`%${foldSearch(f.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.categorie) conditions.push(eq(services.category, f.categorie));
  if (f.conformite) conditions.push(sql`${publications.summary}->'conformity'->>'status' = ${f.conformite}`);
  if (f.axe && f.min !== undefined) conditions.push(sql`(${publications.summary}->'byAxis'->>${f.axe})::float >= ${f.min}`);
  const where = and(...conditions);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(publications)
    .innerJoin(services, eq(services.id, publications.serviceId))
    .where(where);
  const pages = Math.max(1, Math.ceil(Number(total) / pageSize));
  const page = Math.min(f.page ?? 1, pages);
  const rows = await db
    .select(catalogueColumns)
    .from(publications)
    .innerJoin(services, eq(services.id, publications.serviceId))
    .innerJoin(organisations, eq(organisations.id, services.organisationId))
    .where(where)
    .orderBy(publications.searchText, publications.serviceId)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows: rows.map(toRow), total: Number(total), page, pages };
}


export function filterCatalogue(rows: CatalogueRow[], f: CatalogueFilter): CatalogueRow[] {
  const q = f.q ? foldSearch(f.q) : null;
  return rows.filter((r) => {
    if (q && !foldSearch(`${r.name} ${r.organisationName}`).includes(q)) return false;
    if (f.categorie && r.category !== f.categorie) return false;
    if (f.conformite && r.score.conformity.status !== (f.conformite as ConformityStatus)) return false;
    if (f.axe && f.min !== undefined) {
      const m = r.score.axes.find((a) => a.axis === f.axe)?.maturity;
      if (m === null || m === undefined || m < f.min) return false;
    }
    return true;
  });
}

export async function publicationByNumber(db: Db, serviceId: string, number: number) {
  const [row] = await db
    .select()
    .from(publications)
    .where(and(eq(publications.serviceId, serviceId), eq(publications.number, number)));
  return row ? { ...row, snapshot: row.snapshot as PublicationSnapshot } : null;
}
