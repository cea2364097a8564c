/**
 * Honest wording: French plurals, notes on the source's inconsistencies, the evolution sentence,
 * the names of the ENT projects' territory types.
 */
import { formatInteger } from "../format";
import type { DepartementRow } from "./departements";

/** "3 départements ou collectivités", "1 200 collèges": French plural (0 and 1 singular), the number written the French way. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(n)} ${Math.abs(n) >= 2 ? pluralForm : singular}`;
}

export function territoriesCount(n: number): string {
  return plural(n, "département ou collectivité", "départements ou collectivités");
}

/**
 * Notes where the source is inconsistent or silent. The values themselves are never changed.
 * The rules come from the data README (shared/data/README.md).
 */
export function sourceNotes(row: DepartementRow): string[] {
  const notes: string[] = [];
  const projet2018 = (row.collegesPublics2018 ?? 0) + (row.collegesPrives2018 ?? 0);
  if (row.etat2018 === "En réflexion ou pas de projet" && projet2018 > 0) {
    notes.push(
      `Le tableau de 2018 indique « En réflexion ou pas de projet » et pourtant ${plural(projet2018, "collège")} du projet : valeurs reproduites telles quelles.`,
    );
  }
  if (row.etat2025 != null && row.collegesPublicsAvecEnt2025 == null) {
    notes.push("Le tableau de 2025 imprime « - » au lieu du nombre de collèges publics ayant un ENT : nombre non publié.");
  }
  if (row.etat2025 === "Pas de projet ENT ou inconnu" && row.etat2018 != null && row.etat2018.startsWith("Généralisation")) {
    notes.push(
      "« Inconnu » en 2025 après une généralisation en 2018 peut seulement signifier que le département n'apparaît pas dans les sources de 2025 : ne pas y lire un abandon sans vérification.",
    );
  }
  return notes;
}

function college2018(row: DepartementRow): string {
  const pub = row.collegesPublics2018 ?? 0;
  const priv = row.collegesPrives2018 ?? 0;
  return `${plural(pub, "collège public", "collèges publics")} et ${plural(priv, "privé")} du projet`;
}

function college2025(row: DepartementRow): string {
  return row.collegesPublicsAvecEnt2025 == null
    ? "nombre de collèges non publié"
    : `${plural(row.collegesPublicsAvecEnt2025, "collège public ayant un ENT", "collèges publics ayant un ENT")}`;
}

/** The evolution from 2018 to 2025 in one sentence that says the two years do not compare directly. */
export function evolutionSentence(row: DepartementRow): string {
  const a = row.etat2018;
  const b = row.etat2025;
  if (a != null && b != null) {
    return (
      `De « ${a} » en novembre 2018 (${college2018(row)}) à « ${b} » à la rentrée 2025 (${college2025(row)}), ` +
      "sans comparaison directe possible : l'état de 2018 décrit l'avancement du projet, celui de 2025 vient des données DNMA."
    );
  }
  if (a == null && b != null) {
    return `Non renseigné en 2018 ; « ${b} » à la rentrée 2025 (${college2025(row)}) : aucune évolution ne peut être décrite.`;
  }
  if (a != null && b == null) {
    return `« ${a} » en novembre 2018 (${college2018(row)}) ; non renseigné à la rentrée 2025 : aucune évolution ne peut être décrite.`;
  }
  return "Non renseigné en 2018 ni à la rentrée 2025 : aucune évolution ne peut être décrite.";
}

export const TERRITORY_TYPE_LABELS: Record<string, string> = {
  region: "région",
  departement: "département",
  metropole: "métropole",
  academie: "académie",
  com: "collectivité d'outre-mer",
};
