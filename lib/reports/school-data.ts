/**
 * What the school compliance report prints, prepared from the school's overview (the same rows
 * as its page: lib/schools/store schoolOverview), its territorial context and the current grid.
 * Pure: no I/O, no clock (the generation date is given). Every value is formatted the way the
 * app shows it (axisText, the conformity and decision labels, French dates) and passed through
 * `pdfText`, so the head reads in the PDF what they read on the page.
 */
import { formatDate, formatDateTime, formatInteger, parisDay } from "../format";
import { CATEGORY_LABELS } from "../grid/profile";
import { formatPercent, maturityLabel, type Gap } from "../scoring";
import { DECISIONS, DECISION_HINTS, DECISION_LABELS, type ReviewDecision } from "../schools/input";
import { ATTENTION_KINDS, ATTENTION_LABELS, FRESHNESS_MONTHS, PUBLISHED_CONFORMITY_SHORT, attentionPoints, attentionReasons, attentionSummary, axisText, formatDay, summarize, type SchoolServiceView } from "../schools/overview";
import { TERRITORY_TYPE_LABELS, evolutionSentence, nonRenseigne, plural, sourceNotes, type DepartementRow, type ProjetEnt } from "../territory";
import { fileSlug, pdfTextDeep } from "./text";

export type SchoolReportSource = {
  school: { uai: string; name: string; kind: string | null; isPublic: boolean; communeName: string | null; communeCode: string | null; isDemo: boolean };
  /** null when the school's département is unknown */
  departement: DepartementRow | null;
  projets: ProjetEnt[];
  /** the school's services, as schoolOverview returns them (sorted by name) */
  rows: SchoolServiceView[];
  /** axes of the current grid, in order */
  axes: readonly { id: string; label: string }[];
  currentGridVersion: string;
  /** from lib/settings deadlineText() */
  deadline: string;
  generatedAt: Date;
  /** origin of the links printed in the report ("https://…"), "" for relative links */
  baseUrl: string;
};

export type LabelValue = { label: string; value: string };
export type CountLine = { label: string; count: number };
export type AxisAverage = { id: string; label: string; ratio: number | null; text: string; services: number };
export type GapLine = { id: string; title: string; axis: string; level: string };

export type SchoolServiceBlock = {
  name: string;
  editor: string;
  category: string | null;
  /** "Publication n° 2 du 3 mars 2026, grille 2025.1" or "Non positionné par l'éditeur" */
  publication: string;
  /** "n° 2 du 3 mars 2026 (grille 2025.1)", or "non positionné" */
  publicationShort: string;
  positioned: boolean;
  link: string | null;
  axes: LabelValue[];
  overall: string | null;
  conformity: string;
  gaps: GapLine[];
  missing: number;
  decision: string;
  /** "le 3 mars 2026 par Claire Dupont, sur la publication n° 1" */
  decisionDetail: string | null;
  comment: string | null;
  nextReview: string | null;
  /** its points d'attention (lib/schools/overview attentionReasons), as sentences */
  alerts: string[];
  /** something other than "no decision yet" asks for another look (the overview's "à revoir") */
  toReview: boolean;
};

export type SchoolReportData = {
  meta: { title: string; author: string; subject: string; keywords: string; creationDate: Date; language: "fr" };
  fileName: string;
  /** fonts of the pages, set by render.ts `fitToFonts` (Marianne alone when absent) */
  fonts?: readonly string[];
  schoolName: string;
  statusLine: string;
  cover: LabelValue[];
  summary: {
    total: number;
    intro: string;
    decisions: CountLine[];
    published: CountLine[];
    axes: AxisAverage[];
    /** the points d'attention, as the school page and the CSV give them (lib/schools/overview attentionPoints) */
    attention: {
      /** "2 services sur 4 sont à revoir." */
      intro: string;
      /** number of services per reason (reasons that concern no service are left out) */
      counts: CountLine[];
      services: { name: string; reasons: string[] }[];
    };
  };
  context: null | {
    departement: string;
    rows: { label: string; y2018: string; y2025: string }[];
    lines: LabelValue[];
    evolution: string;
    notes: string[];
    projets: { name: string; territory: string; notes: string }[];
  };
  services: SchoolServiceBlock[];
  annex: { decisions: LabelValue[]; method: string[]; sources: string[] };
};

function gapLine(g: Gap, axisLabel: (id: string) => string): GapLine {
  return { id: g.criterionId, title: g.title, axis: axisLabel(g.axis), level: g.level === "na" ? "non applicable sans raison" : `niveau ${g.level}` };
}

function serviceBlock(r: SchoolServiceView, src: SchoolReportSource, axisLabel: (id: string) => string): SchoolServiceBlock {
  const p = r.publication;
  const reasons = attentionReasons(r);
  const review = r.review;
  return {
    name: r.name,
    editor: r.editor ?? "éditeur non renseigné",
    category: r.category ? CATEGORY_LABELS[r.category] : null,
    publication: p ? `Publication n° ${p.number} du ${formatDate(p.publishedAt)}, grille ${p.gridVersion}` : PUBLISHED_CONFORMITY_SHORT["non-positionne"],
    publicationShort: p ? `n° ${p.number} du ${formatDate(p.publishedAt)} (grille ${p.gridVersion})${r.freshness.stale ? ", à actualiser" : ""}` : "non positionné",
    positioned: !!p,
    link: r.serviceId ? `${src.baseUrl}/services/${r.serviceId}` : r.url,
    axes: p ? src.axes.map((a) => ({ label: a.label, value: axisText(p.axes.find((x) => x.axis === a.id)) })) : [],
    overall: p ? (p.overall === null ? "non évaluée" : `${maturityLabel(p.overall, "evaluee")} (${formatPercent(p.overall)})`) : null,
    conformity: PUBLISHED_CONFORMITY_SHORT[p?.conformity ?? "non-positionne"],
    gaps: p ? p.gapList.map((g) => gapLine(g, axisLabel)) : [],
    missing: p?.missing ?? 0,
    decision: review ? DECISION_LABELS[review.decision] : "Sans décision",
    decisionDetail: review
      ? [
          `le ${formatDate(review.decidedAt)}`,
          review.decidedByName ? `par ${review.decidedByName}` : null,
          review.publicationNumber !== null ? `sur la publication n° ${review.publicationNumber}${review.gridVersion ? ` (grille ${review.gridVersion})` : ""}` : null,
        ]
          .filter(Boolean)
          .join(", ")
      : null,
    comment: review?.comment.trim() ? review.comment.trim() : null,
    nextReview: review?.nextReviewOn ? formatDay(review.nextReviewOn) : null,
    alerts: reasons.map((x) => `${x.text}.`),
    toReview: reasons.some((x) => x.kind !== "sans-decision"),
  };
}

function averages(rows: readonly SchoolServiceView[], axes: SchoolReportSource["axes"]): AxisAverage[] {
  return axes.map((a) => {
    const values = rows.flatMap((r) => {
      const m = r.publication?.axes.find((x) => x.axis === a.id)?.maturity;
      return typeof m === "number" ? [m] : [];
    });
    const mean = values.length ? values.reduce((x, y) => x + y, 0) / values.length : null;
    return {
      id: a.id,
      label: a.label,
      ratio: mean === null ? null : Math.max(0, Math.min(1, mean / 100)),
      text: mean === null ? "aucun service évalué" : `${formatPercent(mean)} — ${maturityLabel(mean, "evaluee").toLowerCase()} (${plural(values.length, "service")})`,
      services: values.length,
    };
  });
}

function territorialContext(d: DepartementRow, projets: ProjetEnt[]): NonNullable<SchoolReportData["context"]> {
  const n = (v: number | null) => (v == null ? "—" : formatInteger(v));
  return {
    departement: `${d.name} (${d.code})`,
    lines: [
      { label: d.zone === "com" ? "Autorité académique" : "Académie", value: d.academie },
      { label: "Région académique", value: d.regionAcademique ?? "aucune (collectivité d'outre-mer)" },
    ],
    rows: [
      { label: "État du déploiement", y2018: d.etat2018 ?? nonRenseigne("2018"), y2025: d.etat2025 ?? nonRenseigne("2025") },
      { label: "Commentaire", y2018: d.etat2018 ? d.commentaire2018 || "—" : nonRenseigne("2018"), y2025: "sans objet (pas de commentaire en 2025)" },
      {
        label: "Collèges publics",
        y2018: d.etat2018 ? `${n(d.collegesPublics2018)} du projet` : nonRenseigne("2018"),
        y2025: d.etat2025 ? (d.collegesPublicsAvecEnt2025 == null ? "non publié (« - » dans la source)" : `${formatInteger(d.collegesPublicsAvecEnt2025)} avec un ENT`) : nonRenseigne("2025"),
      },
      { label: "Collèges privés", y2018: d.etat2018 ? `${n(d.collegesPrives2018)} du projet` : nonRenseigne("2018"), y2025: "non compté en 2025" },
    ],
    evolution: evolutionSentence(d),
    notes: sourceNotes(d),
    projets: projets.map((p) => ({ name: p.name, territory: `${p.territory} (${TERRITORY_TYPE_LABELS[p.territoryType] ?? p.territoryType})`, notes: p.notes || "—" })),
  };
}

export function prepareSchoolReport(src: SchoolReportSource): SchoolReportData {
  const { school, rows } = src;
  const axisLabel = (id: string) => src.axes.find((a) => a.id === id)?.label ?? id;
  const s = summarize(rows);
  const attention = attentionPoints(rows);
  const d = src.departement;
  const day = parisDay(src.generatedAt);

  const decisions: CountLine[] = [
    ...DECISIONS.map((k: ReviewDecision) => ({ label: DECISION_LABELS[k], count: s.decisions[k] })),
    { label: "Sans décision", count: s.decisions["sans-decision"] },
  ];
  const published: CountLine[] = (["conforme", "non-conforme", "incomplet", "non-positionne"] as const).map((k) => ({
    label: PUBLISHED_CONFORMITY_SHORT[k],
    count: rows.filter((r) => (r.publication?.conformity ?? "non-positionne") === k).length,
  }));

  const cover: LabelValue[] = [
    { label: "Établissement", value: school.name },
    { label: "UAI", value: school.uai },
    { label: "Type et secteur", value: `${school.kind ?? "type non renseigné"}, ${school.isPublic ? "public" : "privé"}` },
    { label: "Commune", value: school.communeName ? `${school.communeName}${school.communeCode ? ` (code Insee ${school.communeCode})` : ""}` : "non renseignée" },
    { label: "Département", value: d ? `${d.name} (${d.code})` : "non renseigné" },
    ...(d ? [{ label: d.zone === "com" ? "Autorité académique" : "Académie", value: d.academie }] : []),
    { label: "Grille en vigueur", value: `version ${src.currentGridVersion}` },
    { label: "Échéance de mise en conformité", value: src.deadline },
    { label: "Services suivis", value: s.total === 0 ? "aucun" : plural(s.total, "service") },
    { label: "Rapport généré le", value: formatDateTime(src.generatedAt) },
  ];

  const data: SchoolReportData = {
    meta: {
      title: `Rapport de conformité des services numériques — ${school.name} (${school.uai})`,
      author: school.name,
      subject: `Services numériques utilisés par ${school.name} au regard de la doctrine technique du numérique pour l'éducation : positionnements publiés et décisions de l'établissement`,
      keywords: ["conformité", "doctrine technique", school.uai, school.name, `grille ${src.currentGridVersion}`].join(", "),
      creationDate: src.generatedAt,
      language: "fr",
    },
    fileName: `rapport-conformite-${fileSlug(school.name, 40)}-${school.uai.toLowerCase()}-${day}.pdf`,
    schoolName: `${school.name} — UAI ${school.uai}`,
    statusLine: `État au ${formatDateTime(src.generatedAt)}${school.isDemo ? " — établissement de démonstration" : ""}`,
    cover,
    summary: {
      total: s.total,
      intro:
        s.total === 0
          ? "Aucun service n'est encore dans la liste de l'établissement : ce rapport ne contient que son identité et son contexte territorial."
          : `${plural(s.total, "service utilisé", "services utilisés")} par l'établissement, dont ${plural(s.notPositioned, "non positionné", "non positionnés")} par son éditeur.`,
      decisions,
      published,
      axes: averages(rows, src.axes),
      attention: {
        intro: attentionSummary(attention),
        counts: ATTENTION_KINDS.filter((k) => attention.counts[k] > 0).map((k) => ({ label: ATTENTION_LABELS[k], count: attention.counts[k] })),
        services: attention.services.map((x) => ({ name: x.name, reasons: x.reasons.map((y) => y.text) })),
      },
    },
    context: d ? territorialContext(d, src.projets) : null,
    services: rows.map((r) => serviceBlock(r, src, axisLabel)),
    annex: {
      decisions: DECISIONS.map((k) => ({ label: DECISION_LABELS[k], value: DECISION_HINTS[k] })),
      method: [
        "Les maturités, la conformité et les écarts sont ceux de la dernière publication de chaque éditeur, telle qu'elle a été figée à sa date : l'établissement ne les modifie pas.",
        "Maturité d'un axe : moyenne des niveaux (0 à 4) des critères évalués, pondérée par leur poids, rapportée au niveau 4. Repères : émergente sous 25 %, en construction de 25 à 50 %, intermédiaire de 50 à 75 %, avancée à partir de 75 %.",
        "Conformité publiée : conforme quand chaque critère opposable applicable atteint le niveau 3 ou est non applicable avec une raison ; les écarts sont les critères opposables sous le niveau 3.",
        `Un positionnement est « à actualiser » quand il a été fait sur une autre version de la grille que celle en vigueur (${src.currentGridVersion}) ou publié il y a plus de ${FRESHNESS_MONTHS} mois.`,
        "La décision est celle de l'établissement, la plus récente pour chaque service ; l'historique complet est sur la page de l'établissement.",
        "Un service « archivé par l'éditeur » n'est plus proposé par son éditeur : il a quitté le catalogue de la plateforme, ses publications restent consultables ; c'est un point d'attention tant qu'il figure dans la liste de l'établissement.",
        "Les moyennes par axe de la synthèse portent sur les services positionnés évalués sur l'axe ; elles ne sont pas pondérées par l'usage.",
      ],
      sources: [
        "Déploiement des ENT : tableau du ministère de novembre 2018 (état des projets, collèges du projet) et données DNMA de la rentrée 2025 (collèges publics ayant un ENT), reproduits tels quels.",
        "Projets ENT : liste présentée lors de la journée nationale du 19 novembre 2025 (non exhaustive) ; correspondance avec les départements établie par l'équipe.",
        "Positionnements : publications des éditeurs sur cette plateforme. Méthode complète sur la page « Méthode » du site.",
      ],
    },
  };
  return pdfTextDeep(data);
}
