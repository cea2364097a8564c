/**
 * Differences between two grid versions, criterion by criterion (matched on their stable id).
 * Used for the differential re-assessment: only added criteria and changed ones need a new
 * answer. Pure.
 */
import { canonicalJson } from "./checksum";
import type { Criterion, Grid } from "./schema";

/** The criterion fields compared, in the order they are reported. */
export const CRITERION_FIELDS = [
  "axis",
  "theme",
  "title",
  "attendu",
  "niveaux",
  "reference",
  "basis",
  "force",
  "poids",
  "applicabilite",
  "preuves",
  "aide",
  "note",
] as const satisfies ReadonlyArray<Exclude<keyof Criterion, "id">>;

export type CriterionField = (typeof CRITERION_FIELDS)[number];

// Compile-time guard: adding a field to `Criterion` without listing it above fails type-checking,
// so a change to that field can never go unnoticed by the diff.
type UnlistedField = Exclude<Exclude<keyof Criterion, "id">, CriterionField>;
const everyFieldListed: [UnlistedField] extends [never] ? true : UnlistedField = true;
void everyFieldListed;

export interface CriterionChange {
  id: string;
  /** Top-level fields whose value differs (nested changes are reported on their parent field). */
  fields: CriterionField[];
}

export interface GridDiff {
  /** In `b` only, in `b`'s order. */
  added: Criterion[];
  /** In `a` only, in `a`'s order. */
  removed: Criterion[];
  /** In both with a different content, in `b`'s order. */
  changed: CriterionChange[];
}

/** What changed from grid `a` (older) to grid `b` (newer). */
export function diffGrids(a: Pick<Grid, "criteria">, b: Pick<Grid, "criteria">): GridDiff {
  const before = new Map(a.criteria.map((c) => [c.id, c]));
  const after = new Map(b.criteria.map((c) => [c.id, c]));

  const added = b.criteria.filter((c) => !before.has(c.id));
  const removed = a.criteria.filter((c) => !after.has(c.id));
  const changed: CriterionChange[] = [];

  for (const next of b.criteria) {
    const prev = before.get(next.id);
    if (!prev) continue;
    const fields = CRITERION_FIELDS.filter((f) => canonicalJson(prev[f] ?? null) !== canonicalJson(next[f] ?? null));
    if (fields.length > 0) changed.push({ id: next.id, fields });
  }
  return { added, removed, changed };
}
