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
import type { SchoolReportSource } from "@/lib/reports/school-data";
import { freshnessOf, newPublicationSince, type PublicationSummary, type ReviewSummary, type SchoolServiceView } from "@/lib/schools/overview";

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

/** Accented comment typed by the head, printed as is in the school report. */
export const HEAD_COMMENT = "Vu en conseil pédagogique le 3 mars : l’éditeur s’engage à corriger « SEC-01 » d’ici à l’été — coût 1 200 € pour l’établissement.";

/**
 * A school using `count` services (in memory, no database): published ones with gaps or not, on the
 * current grid or an older one, with decisions, comments and a review date; and one service in five
 * declared by the school (not positioned). The Drôme's ENT context as the reference data has it.
 */
export function largeSchoolReportSource(options: { count?: number; generatedAt?: Date } = {}): SchoolReportSource {
  const grid = currentGrid();
  const count = options.count ?? 30;
  const generatedAt = options.generatedAt ?? new Date("2026-05-04T09:30:00Z");
  const binding = grid.criteria.filter((c) => c.force === "opposable");
  const rows: SchoolServiceView[] = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    const declared = i % 5 === 4;
    const gapCount = i % 3 === 1 ? 2 : 0;
    const gapList = binding.slice(i % 7, (i % 7) + gapCount).map((c) => ({ criterionId: c.id, title: c.title, axis: c.axis, level: 1 as Level }));
    const publication: PublicationSummary | null = declared
      ? null
      : {
          number: (i % 4) + 1,
          publishedAt: new Date(Date.UTC(2026, i % 12, 10, 8, 0)),
          gridVersion: i % 6 === 0 ? "2024.9" : grid.version,
          overall: 30 + ((i * 7) % 60),
          axes: grid.axes.map((a, k) => ({ axis: a.id, maturity: k === 3 && i % 2 === 0 ? null : 20 + ((i * 13 + k * 17) % 80), maturityState: k === 3 && i % 2 === 0 ? ("sans-objet" as const) : ("evaluee" as const), gaps: 0 })),
          conformity: gapList.length > 0 ? "non-conforme" : "conforme",
          gaps: gapList.length,
          gapList,
          missing: 0,
        };
    const review: ReviewSummary | null =
      i % 4 === 3
        ? null
        : {
            id: i + 1,
            decision: (["conforme", "a-surveiller", "non-conforme", "en-attente"] as const)[i % 4],
            comment: i === 1 ? HEAD_COMMENT : i % 2 === 0 ? `Commentaire de revue n° ${n} : suivi de l’usage en classe et des échanges avec l’éditeur.` : "",
            nextReviewOn: i % 3 === 0 ? "2026-03-01" : null,
            publicationNumber: publication ? publication.number : null,
            gridVersion: publication ? publication.gridVersion : null,
            decidedAt: new Date(Date.UTC(2026, 1, 1 + i)),
            decidedByName: "Claire Dupont-Lefèvre",
          };
    const freshness = freshnessOf(publication, grid.version, generatedAt);
    return {
      id: `ss-${n}`,
      kind: declared ? "declared" : "platform",
      serviceId: declared ? null : `svc-${n}`,
      name: `Service ${n} « Élan » — ${declared ? "déclaré" : "publié"}`,
      editor: `Éditeur n° ${n} & Cœur`,
      url: declared ? `https://exemple.fr/service-${n}` : null,
      category: declared ? null : "vie-scolaire",
      addedAt: new Date(Date.UTC(2026, 0, 5)),
      archivedAt: null,
      publication,
      review,
      freshness,
      newPublicationSinceReview: newPublicationSince(publication, review),
      reviewDue: !!review?.nextReviewOn && review.nextReviewOn <= generatedAt.toISOString().slice(0, 10),
    };
  });
  return {
    school: { uai: "0260015A", name: "Collège des Tilleuls", kind: "Collège", isPublic: true, communeName: "Valence", communeCode: "26362", isDemo: false },
    departement: {
      code: "26",
      name: "Drôme",
      academie: "Grenoble",
      regionAcademique: "Auvergne-Rhône-Alpes",
      region: "Auvergne-Rhône-Alpes",
      zone: "metro",
      etat2018: "En réflexion ou pas de projet",
      commentaire2018: "En réflexion",
      collegesPublics2018: 0,
      collegesPrives2018: 0,
      etat2025: "En cours de déploiement",
      collegesPublicsAvecEnt2025: 8,
    },
    projets: [{ id: "p1", name: "Ma Classe en Région", territory: "Auvergne-Rhône-Alpes", territoryType: "region", notes: null }],
    rows: rows.sort((a, b) => a.name.localeCompare(b.name, "fr")),
    axes: grid.axes.map((a) => ({ id: a.id, label: a.label })),
    currentGridVersion: grid.version,
    deadline: "au plus tard le 30 septembre 2027 (arrêté du 2 février 2027)",
    generatedAt,
    baseUrl: "https://positionnement.exemple.fr",
  };
}
