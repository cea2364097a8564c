/**
 * Académies and régions académiques: the départements grouped, their slugs and totals.
 */
import { z } from "zod";
import { slugify } from "../text";
import type { DepartementRow } from "./departements";

export type TerritoryGroup = {
  kind: "academie" | "region-academique";
  slug: string;
  name: string;
  /** région académique of an académie (null for the COM) */
  parent: string | null;
  rows: DepartementRow[];
};

export function academieSlug(name: string): string {
  return slugify(name);
}

/** Groups the départements by académie (kind academie) or région académique; COM have no région académique. */
export function groupBy(rows: DepartementRow[], kind: TerritoryGroup["kind"]): TerritoryGroup[] {
  const groups = new Map<string, TerritoryGroup>();
  for (const row of rows) {
    const name = kind === "academie" ? row.academie : row.regionAcademique;
    if (!name) continue;
    const slug = slugify(name);
    let g = groups.get(slug);
    if (!g) {
      g = { kind, slug, name, parent: kind === "academie" ? row.regionAcademique : null, rows: [] };
      groups.set(slug, g);
    }
    g.rows.push(row);
  }
  const collator = new Intl.Collator("fr");
  return [...groups.values()].sort((a, b) => collator.compare(a.name, b.name));
}

export const groupSlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "identifiant de territoire invalide" }).max(80);

export function findGroup(rows: DepartementRow[], kind: TerritoryGroup["kind"], slug: string): TerritoryGroup | null {
  return groupBy(rows, kind).find((g) => g.slug === slug) ?? null;
}

export type GroupTotals = {
  collegesPublics2018: number;
  collegesPrives2018: number;
  /** départements with a 2018 row */
  with2018: number;
  collegesPublicsAvecEnt2025: number;
  /** départements whose 2025 count is published */
  with2025Count: number;
  total: number;
};

export function groupTotals(rows: DepartementRow[]): GroupTotals {
  const t: GroupTotals = { collegesPublics2018: 0, collegesPrives2018: 0, with2018: 0, collegesPublicsAvecEnt2025: 0, with2025Count: 0, total: rows.length };
  for (const r of rows) {
    if (r.etat2018 != null) t.with2018++;
    t.collegesPublics2018 += r.collegesPublics2018 ?? 0;
    t.collegesPrives2018 += r.collegesPrives2018 ?? 0;
    if (r.collegesPublicsAvecEnt2025 != null) {
      t.with2025Count++;
      t.collegesPublicsAvecEnt2025 += r.collegesPublicsAvecEnt2025;
    }
  }
  return t;
}
