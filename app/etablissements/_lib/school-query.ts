/**
 * The query string of a school's page: the filters of its services table (also those of the CSV
 * link) and the search in the catalogue of positioned services. Bad values never fail the page:
 * the table's filters are then ignored, and the search says what is wrong.
 */
import { catalogueFilterSchema, type CatalogueFilter } from "@/lib/assessment/catalogue";
import { schoolTableFilterSchema, type SchoolTableFilter } from "@/lib/schools/input";

export type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export type SchoolTableQuery = {
  filter: SchoolTableFilter;
  /** some filter is set */
  filtered: boolean;
  /** the message of a filter that was refused (the filters are then ignored) */
  error: string | null;
};

export type CatalogueQuery = {
  /** a search was asked (even an empty one: it lists the whole catalogue) */
  searching: boolean;
  /** what the search form shows again */
  text: string;
  category: string;
  /** the valid filter, null when the search is invalid or none was asked */
  filter: CatalogueFilter | null;
  error: string | null;
};

export function readSchoolQuery(p: SearchParams): { table: SchoolTableQuery; catalogue: CatalogueQuery } {
  const tableQuery = schoolTableFilterSchema.safeParse({ q: first(p.q), decision: first(p.decision), conformite: first(p.conformite), alerte: first(p.alerte) });
  const filter = tableQuery.success ? tableQuery.data : {};
  const searching = p.recherche !== undefined || p.categorie !== undefined;
  const catalogueQuery = catalogueFilterSchema.safeParse({ q: first(p.recherche), categorie: first(p.categorie) });
  return {
    table: {
      filter,
      filtered: Object.values(filter).some((v) => v !== undefined),
      error: tableQuery.success ? null : tableQuery.error.issues[0].message,
    },
    catalogue: {
      searching,
      text: first(p.recherche) ?? "",
      category: first(p.categorie) ?? "",
      filter: searching && catalogueQuery.success ? catalogueQuery.data : null,
      error: searching && !catalogueQuery.success ? catalogueQuery.error.issues[0].message : null,
    },
  };
}

/** The table's filters as the CSV link's query string ("" when none). */
export function exportQueryString(filter: SchoolTableFilter): string {
  return new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined) as [string, string][]).toString();
}
