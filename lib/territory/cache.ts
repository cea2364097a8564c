/**
 * Reads kept in memory, per database handle: the reference tables for a minute, the schools of a
 * département for ten seconds.
 */
import type { Db } from "@/db/client";
import type { DepartementRow, ProjetEnt, SchoolRow } from "./departements";
import { listDepartements, listNationalFigures, listSchoolsForDepartement, projetsByDepartement, type NationalFigure } from "./queries";

/**
 * How long a reference read stays in memory. The reference tables (départements, ENT deployment,
 * ENT projects, national figures) only change when a server starts with new files in
 * db/reference/ (see lib/startup/reference.ts); the minute bounds how long another instance on the
 * same PostgreSQL keeps the old values after such a restart.
 */
export const REFERENCE_CACHE_MS = 60_000;
export const DEPARTEMENTS_CACHE_MS = REFERENCE_CACHE_MS;

const memoryCache = new WeakMap<Db, Map<string, { at: number; ttl: number; value: Promise<unknown> }>>();

/**
 * One read per database handle and key, kept `ttl` ms; a failed read is forgotten, and each
 * new read drops the expired entries (a hundred at most: one per territory and kind).
 */
function cachedRead<T>(db: Db, key: string, ttl: number, load: () => Promise<T>, now: number): Promise<T> {
  let entries = memoryCache.get(db);
  if (!entries) memoryCache.set(db, (entries = new Map()));
  const hit = entries.get(key);
  if (hit && now - hit.at < hit.ttl) return hit.value as Promise<T>;
  for (const [k, e] of entries) if (now - e.at >= e.ttl) entries.delete(k);
  const value = load();
  const cache = entries;
  cache.set(key, { at: now, ttl, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

const cachedReference = <T,>(db: Db, key: string, load: () => Promise<T>, now: number) => cachedRead(db, key, REFERENCE_CACHE_MS, load, now);

/**
 * listDepartements kept in memory for a minute per database handle (see REFERENCE_CACHE_MS):
 * /territoires reads all 105 rows on every request. Callers must not mutate the rows.
 */
export function listDepartementsCached(db: Db, now = Date.now()): Promise<DepartementRow[]> {
  return cachedReference(db, "departements", () => listDepartements(db), now);
}

/** getDepartement from the rows kept in memory (no query while they are fresh). Do not mutate the row. */
export async function getDepartementCached(db: Db, code: string, now = Date.now()): Promise<DepartementRow | null> {
  return (await listDepartementsCached(db, now)).find((r) => r.code === code) ?? null;
}

/** listProjetsForDepartement from every project-département link, read once and kept in memory. Do not mutate. */
export async function listProjetsForDepartementCached(db: Db, code: string, now = Date.now()): Promise<ProjetEnt[]> {
  const byCode = await cachedReference(db, "projets-par-departement", () => projetsByDepartement(db), now);
  return byCode.get(code) ?? [];
}

/** listNationalFigures kept in memory (see REFERENCE_CACHE_MS). Do not mutate. */
export function listNationalFiguresCached(db: Db, now = Date.now()): Promise<NationalFigure[]> {
  return cachedReference(db, "chiffres-nationaux", () => listNationalFigures(db), now);
}

/**
 * How long the schools of a département stay in memory for its page. Schools change (annuaire
 * import, often from another process; registrations), so the page may show them up to this late;
 * in exchange a page asked for again and again reads them once per period.
 */
export const SCHOOLS_CACHE_MS = 10_000;

/** listSchoolsForDepartement kept SCHOOLS_CACHE_MS in memory, for the département page. Do not mutate. */
export function listSchoolsForDepartementCached(db: Db, code: string, now = Date.now()): Promise<SchoolRow[]> {
  return cachedRead(db, `etablissements:${code}`, SCHOOLS_CACHE_MS, () => listSchoolsForDepartement(db, code), now);
}
