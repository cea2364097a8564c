/**
 * The ENT deployment states of 2018 and 2025, their map styles and the map's legend.
 */
import type { Annee, DepartementRow } from "./departements";

/**
 * Map styles, from the most to the least advanced: the lightness goes down with the state and
 * each style has its own pattern, so that the states stay apart without colour vision.
 * Colours are from the DSFR palette (bleu France and grey scales).
 */
export type StyleKey = "s1" | "s2" | "s3" | "s4" | "autre";

export type StateInfo = { label: string; style: StyleKey; description: string };

/** The 2018 states as the seed writes them (seed 000), most advanced first. */
export const ETATS_2018: StateInfo[] = [
  { label: "Généralisation à 100%", style: "s1", description: "tous les collèges du projet" },
  { label: "Généralisation à 50% ou plus", style: "s2", description: "au moins la moitié des collèges" },
  { label: "Expérimentation", style: "s3", description: "quelques collèges" },
  { label: "En réflexion ou pas de projet", style: "s4", description: "aucun projet en cours" },
];

/** The 2025 states as the seed writes them (seed 001), most advanced first. */
export const ETATS_2025: StateInfo[] = [
  { label: "Déploiement massif", style: "s1", description: "80 % ou plus des collèges, d'après la légende du document 004" },
  { label: "En cours de déploiement", style: "s2", description: "de 1 % à 79 % des collèges" },
  { label: "Pas de projet ENT ou inconnu", style: "s4", description: "aucun projet connu dans les sources de 2025" },
];

export function statesOf(annee: Annee): StateInfo[] {
  return annee === "2018" ? ETATS_2018 : ETATS_2025;
}

/** Rank of a state in its year (0 = most advanced); a label the catalogue does not know comes last. */
export function stateRank(annee: Annee, etat: string | null): number {
  if (etat == null) return Number.POSITIVE_INFINITY;
  const i = statesOf(annee).findIndex((s) => s.label === etat);
  return i === -1 ? statesOf(annee).length : i;
}

export function stateStyle(annee: Annee, etat: string | null): StyleKey | "nd" {
  if (etat == null) return "nd";
  return statesOf(annee).find((s) => s.label === etat)?.style ?? "autre";
}

export function etatOf(row: DepartementRow, annee: Annee): string | null {
  return annee === "2018" ? row.etat2018 : row.etat2025;
}

export function nonRenseigne(annee: Annee): string {
  return `Non renseigné en ${annee}`;
}

export type LegendEntry = { state: string; style: StyleKey | "nd"; count: number; known: boolean };

/**
 * Counts per state for one year: the catalogue's states first (even at 0), then any state the
 * catalogue does not know, then the territories absent from that year's table.
 */
export function legend(rows: DepartementRow[], annee: Annee): LegendEntry[] {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const row of rows) {
    const etat = etatOf(row, annee);
    if (etat == null) missing++;
    else counts.set(etat, (counts.get(etat) ?? 0) + 1);
  }
  const entries: LegendEntry[] = statesOf(annee).map((s) => ({ state: s.label, style: s.style, count: counts.get(s.label) ?? 0, known: true }));
  for (const [state, count] of counts) {
    if (!entries.some((e) => e.state === state)) entries.push({ state, style: "autre", count, known: false });
  }
  if (missing > 0) entries.push({ state: nonRenseigne(annee), style: "nd", count: missing, known: false });
  return entries;
}

/** Counts per state, in the order of first appearance (kept for callers that want raw counts). */
export function countByState(rows: DepartementRow[], key: "etat2018" | "etat2025"): { state: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const state = row[key] ?? "Pas de donnée";
    counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return [...counts].map(([state, count]) => ({ state, count }));
}
