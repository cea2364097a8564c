/**
 * A large positioning for the report tests and the benchmark: the first `count` criteria of the
 * current grid, long accented justifications (with the U+202F that Intl puts in numbers), two
 * evidence links each, one N/A in ten. Built in memory: no database.
 */
import { currentGrid } from "@/lib/grid/current";
import { makeProfile } from "@/lib/grid/profile";
import type { Level } from "@/lib/grid/schema";
import type { AnswerContent } from "@/lib/assessment/answer";
import { toScoringAnswers } from "@/lib/assessment/snapshot";
import { scoreAssessment } from "@/lib/scoring";
import type { ServiceReportSource } from "@/lib/reports/service-data";

export const LONG_PARAGRAPH =
  "Le service s’appuie sur ÉduConnect pour les élèves et leurs responsables légaux ; les personnels se connectent par le guichet agent de leur académie. " +
  `Les journaux de connexion sont conservés douze mois, soit ${(1234567).toLocaleString("fr-FR")} événements par an en moyenne, et l’hébergeur est qualifié. ` +
  "Œuvre collective : l’équipe « produit » revoit chaque trimestre la politique de sécurité, les contrats de sous-traitance et la documentation d’exploitation, " +
  "puis publie un compte rendu aux établissements et à la collectivité. Coût annuel de l’audit : 12 500 € hors taxes. ";

export function largeReportSource(options: { count?: number; paragraphs?: number; draft?: boolean; generatedAt?: Date } = {}): ServiceReportSource {
  const grid = currentGrid();
  const count = options.count ?? 60;
  const criteria = grid.criteria.slice(0, count);
  if (criteria.length < count) throw new Error(`la grille compte moins de ${count} critères`);
  const answers: Record<string, AnswerContent> = {};
  criteria.forEach((c, i) => {
    const justification = `${c.id} : ${LONG_PARAGRAPH.repeat(options.paragraphs ?? 3)}`.trim();
    answers[c.id] =
      i % 10 === 9
        ? { level: "na", naReason: "Le service n’a pas de fonction concernée par ce critère (pas d’application mobile).", justification: "", evidence: [] }
        : { level: ((i * 7) % 5) as Level, justification, naReason: "", evidence: [`https://exemple.fr/preuves/${c.id.toLowerCase()}/rapport-d-audit-2026.pdf`, "https://exemple.fr/politique-de-securite"] };
  });
  const score = scoreAssessment(criteria, toScoringAnswers(answers), { axes: grid.axes.map((a) => a.id) });
  const generatedAt = options.generatedAt ?? new Date("2026-05-04T09:30:00Z");
  return {
    grid,
    service: { id: "svc-banc", name: "Cahier numérique « Été » — édition œuvre", description: "Service de démonstration pour les mesures.", url: "https://exemple.fr/cahier", profile: makeProfile("vie-scolaire", ["eleves", "personnels"]) },
    organisation: { name: "Éditions Lefèvre & Cœur" },
    applicable: criteria.map((c) => c.id),
    answers,
    score,
    deadline: "au plus tard le 30 septembre 2027 (arrêté du 2 février 2027)",
    generatedAt,
    origin: options.draft
      ? { kind: "brouillon", lastPublication: null }
      : { kind: "publication", id: "0b9e6a43-7c1f-4c55-9d0e-1f2a3b4c5d6e", number: 3, publishedAt: new Date("2026-04-30T14:05:00Z"), publishedByName: "Camille Martin" },
  };
}
