/**
 * Exports of a positioning (a draft for its organisation, a publication for everyone), in CSV
 * (one line per applicable criterion) and in JSON (format documented by
 * docs/schemas/positionnement-v1.schema.json).
 */
import { z } from "zod";
import type { Grid } from "../grid/schema";
import { CATEGORY_LABELS } from "../grid/profile";
import { formatPercent, type AssessmentScore } from "../scoring";
import type { AnswerContent } from "./answer";
import type { PublicationSnapshot } from "./snapshot";

export const exportQuerySchema = z.object({
  format: z.enum(["csv", "json"], { error: "Format inconnu : « csv » ou « json » attendu." }),
  publication: z.coerce.number({ error: "Numéro de publication invalide." }).int().min(1, { error: "Numéro de publication invalide." }).optional(),
});

export type ExportSource = {
  kind: "brouillon" | "publication";
  publication: { number: number; publishedAt: string } | null;
  snapshot: PublicationSnapshot;
};

export type PositioningExport = {
  format: "positionnement-v1";
  nature: "brouillon" | "publication";
  publication: { numero: number; date: string } | null;
  service: { nom: string; description: string; adresse: string | null; categorie: string; profil: Record<string, boolean> };
  editeur: { nom: string };
  grille: string;
  scores: {
    maturite_globale: number | null;
    completude: number | null;
    conformite: string;
    axes: { axe: string; maturite: number | null; completude: number | null }[];
    ecarts: { critere: string; niveau: number | "na" }[];
  };
  reponses: { critere: string; titre: string; axe: string; niveau: number | "na" | null; raison_na: string | null; justification: string; preuves: string[] }[];
};

const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function toExportJson(source: ExportSource, grid: Grid): PositioningExport {
  const s = source.snapshot;
  const score: AssessmentScore = s.score;
  const byId = new Map(grid.criteria.map((c) => [c.id, c]));
  return {
    format: "positionnement-v1",
    nature: source.kind,
    publication: source.publication ? { numero: source.publication.number, date: source.publication.publishedAt } : null,
    service: { nom: s.service.name, description: s.service.description, adresse: s.service.url, categorie: s.service.profile.category, profil: { ...s.service.profile.flags } },
    editeur: { nom: s.organisation.name },
    grille: s.gridVersion,
    scores: {
      maturite_globale: round(score.overall.maturity),
      completude: round(score.overall.completion),
      conformite: score.conformity.status,
      axes: score.axes.map((a) => ({ axe: a.axis, maturite: round(a.maturity), completude: round(a.completion) })),
      ecarts: score.conformity.gaps.map((g) => ({ critere: g.criterionId, niveau: g.level })),
    },
    reponses: s.applicable.map((id) => {
      const a: AnswerContent | undefined = s.answers[id];
      const c = byId.get(id);
      return {
        critere: id,
        titre: c?.title ?? "",
        axe: c?.axis ?? "",
        niveau: a?.level ?? null,
        raison_na: a?.level === "na" ? a.naReason : null,
        justification: a?.justification ?? "",
        preuves: a?.evidence ?? [],
      };
    }),
  };
}

export function toExportCsvRows(source: ExportSource, grid: Grid): string[][] {
  const json = toExportJson(source, grid);
  const axisLabel = new Map(grid.axes.map((a) => [a.id, a.label]));
  return [
    ["Service", "Éditeur", "Catégorie", "Grille", "Nature", "Critère", "Titre", "Axe", "Niveau", "Raison (non applicable)", "Justification", "Preuves"],
    ...json.reponses.map((r) => [
      json.service.nom,
      json.editeur.nom,
      CATEGORY_LABELS[source.snapshot.service.profile.category],
      json.grille,
      source.kind === "brouillon" ? "Brouillon" : `Publication n° ${json.publication?.numero}`,
      r.critere,
      r.titre,
      axisLabel.get(r.axe) ?? r.axe,
      r.niveau === null ? "" : r.niveau === "na" ? "Non applicable" : String(r.niveau),
      r.raison_na ?? "",
      r.justification,
      r.preuves.join(" "),
    ]),
    [],
    ["Maturité globale", formatPercent(source.snapshot.score.overall.maturity)],
    ["Conformité", json.scores.conformite],
  ];
}

export function exportFileName(source: ExportSource, ext: "csv" | "json"): string {
  const base = source.snapshot.service.name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  const suffix = source.kind === "brouillon" ? "brouillon" : `publication-${source.publication?.number}`;
  return `positionnement-${base || "service"}-${suffix}.${ext}`;
}
