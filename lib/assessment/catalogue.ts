/**
 * The public side of positionings: the latest publication of each service (catalogue), one
 * service's publications. Drafts never appear here: only rows of the publication table.
 */
import { and, eq, sql } from "drizzle-orm";
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

/** The latest publication of every published service (the snapshot's scores only, not its answers). */
export async function latestPublications(db: Db): Promise<CatalogueRow[]> {
  const latest = db
    .select({ serviceId: publications.serviceId, number: sql<number>`max(${publications.number})`.as("latest_number") })
    .from(publications)
    .groupBy(publications.serviceId)
    .as("latest");
  const rows = await db
    .select({
      serviceId: services.id,
      name: services.name,
      category: services.category,
      organisationName: organisations.name,
      number: publications.number,
      publishedAt: publications.publishedAt,
      gridVersion: publications.gridVersion,
      // Only the small parts of the snapshot: never its answers nor its per-criterion lines.
      overall: sql<AssessmentScore["overall"]>`${publications.snapshot}->'score'->'overall'`,
      axes: sql<AssessmentScore["axes"]>`${publications.snapshot}->'score'->'axes'`,
      conformityStatus: sql<ConformityStatus>`${publications.snapshot}->'score'->'conformity'->>'status'`,
      gapCount: sql<number>`jsonb_array_length(${publications.snapshot}->'score'->'conformity'->'gaps')`,
      snapshotName: sql<string>`${publications.snapshot}->'service'->>'name'`,
    })
    .from(latest)
    .innerJoin(publications, and(eq(publications.serviceId, latest.serviceId), eq(publications.number, latest.number)))
    .innerJoin(services, eq(services.id, publications.serviceId))
    .innerJoin(organisations, eq(organisations.id, services.organisationId))
    .orderBy(services.name);
  // The public name is the one frozen in the publication, not a later draft rename.
  return rows.map((r) => ({
    serviceId: r.serviceId,
    name: r.snapshotName ?? r.name,
    organisationName: r.organisationName,
    category: r.category as ServiceCategory,
    number: r.number,
    publishedAt: r.publishedAt instanceof Date ? r.publishedAt : new Date(r.publishedAt),
    gridVersion: r.gridVersion,
    score: {
      overall: { maturity: r.overall?.maturity ?? null, completion: r.overall?.completion ?? null },
      axes: (r.axes ?? []).map((a) => ({ axis: a.axis, maturity: a.maturity })),
      conformity: { status: r.conformityStatus, gaps: Number(r.gapCount ?? 0) },
    },
  }));
}

const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

export function filterCatalogue(rows: CatalogueRow[], f: CatalogueFilter): CatalogueRow[] {
  const q = f.q ? fold(f.q) : null;
  return rows.filter((r) => {
    if (q && !fold(`${r.name} ${r.organisationName}`).includes(q)) return false;
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
