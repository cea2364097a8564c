/**
 * What the service positioning report prints, prepared from a publication snapshot or from the
 * current draft and the grid it follows. Pure: no I/O, no clock (the generation date is given),
 * so the content can be tested without rendering a PDF. Every printed string is already
 * formatted the way the app shows it (formatPercent, French dates) and passed through `pdfText`.
 */
import type { AnswerContent } from "../assessment/answer";
import type { PublicationSnapshot } from "../assessment/snapshot";
import { formatDateTime, formatDay, parisDay } from "../format";
import { CATEGORY_LABELS, type ServiceProfile } from "../grid/profile";
import { BASIS_LABELS, FORCE_LABELS, type Grid } from "../grid/schema";
import { CONFORMITY_LABELS, CONFORMITY_THRESHOLD, MAX_LEVEL, formatPercent, maturityLabel, type AssessmentScore, type Tally } from "../scoring";
import { fileSlug, pdfTextDeep } from "./text";

export const DRAFT_WATERMARK = "BROUILLON — non publié";

/** The positioning the report is made from: a publication (public) or the current draft (members only). */
export type ServiceReportSource = {
  grid: Grid;
  service: { id: string; name: string; description: string; url: string | null; profile: ServiceProfile };
  organisation: { name: string };
  /** ids of the applicable criteria, in grid order */
  applicable: readonly string[];
  answers: Readonly<Record<string, AnswerContent>>;
  score: AssessmentScore;
  /** from lib/settings deadlineText() */
  deadline: string;
  generatedAt: Date;
  origin:
    | { kind: "publication"; id: string; number: number; publishedAt: Date; publishedByName: string | null }
    | { kind: "brouillon"; lastPublication: { number: number; publishedAt: Date } | null };
};

/** A publication as stored (lib/assessment/store PublicationRecord or catalogue publicationByNumber). */
export function sourceFromPublication(input: {
  grid: Grid;
  serviceId: string;
  publication: { id: string; number: number; publishedAt: Date; publishedByName?: string | null; snapshot: PublicationSnapshot };
  deadline: string;
  generatedAt: Date;
}): ServiceReportSource {
  const { snapshot } = input.publication;
  return {
    grid: input.grid,
    service: { id: input.serviceId, ...snapshot.service },
    organisation: snapshot.organisation,
    applicable: snapshot.applicable,
    answers: snapshot.answers,
    score: snapshot.score,
    deadline: input.deadline,
    generatedAt: input.generatedAt,
    origin: {
      kind: "publication",
      id: input.publication.id,
      number: input.publication.number,
      publishedAt: input.publication.publishedAt,
      publishedByName: input.publication.publishedByName ?? null,
    },
  };
}

export type CoverRow = { label: string; value: string; href?: string };
export type AxisSummary = {
  id: string;
  label: string;
  /** 0–1 for the bar, null when the axis has no maturity (sans objet / non évaluée) */
  ratio: number | null;
  maturity: string;
  band: string;
  points: string;
  answered: string;
  gaps: number;
};
export type GapLine = { id: string; title: string; axis: string; level: string };
export type CriterionBlock = {
  id: string;
  title: string;
  /** "Opposable · poids 3 · Thème : Hébergement" */
  meta: string;
  /** "Niveau 3 — Conforme", "Non applicable", "Sans réponse" */
  level: string;
  /** the criterion's own text for that level */
  levelMeaning: string | null;
  /** below the conformity threshold on a binding criterion */
  isGap: boolean;
  justification: string | null;
  naReason: string | null;
  evidence: string[];
};
export type AxisBlock = { id: string; label: string; maturity: string; criteria: CriterionBlock[] };
export type ReferenceLine = { document: string; section: string | null; url: string | null; basis: string; criteria: string };

export type ServiceReportData = {
  meta: { title: string; author: string; subject: string; keywords: string; creationDate: Date; language: "fr" };
  fileName: string;
  /** fonts of the pages, set by render.ts `fitToFonts` (Marianne alone when absent) */
  fonts?: readonly string[];
  serviceName: string;
  watermark: string | null;
  /** one line under the title of the cover */
  statusLine: string;
  cover: CoverRow[];
  summary: {
    overall: string;
    overallBand: string | null;
    completion: string;
    conformity: string;
    conformityDetail: string;
    axes: AxisSummary[];
  };
  gaps: { deadline: string; lines: GapLine[]; missing: GapLine[] };
  axes: AxisBlock[];
  annex: { method: string[]; scale: { level: number; label: string; description: string }[]; references: ReferenceLine[]; gridNote: string };
};

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

function maturityText(t: Tally): string {
  return formatPercent(t.maturity, { nullLabel: t.maturityState === "sans-objet" ? "sans objet" : "non évaluée" });
}

function levelText(grid: Grid, a: AnswerContent | undefined): string {
  if (!a || a.level === null) return "Sans réponse";
  if (a.level === "na") return "Non applicable";
  return `Niveau ${a.level} — ${grid.scale[a.level]?.label ?? ""}`.trim();
}

export function prepareServiceReport(src: ServiceReportSource): ServiceReportData {
  const { grid, score, service } = src;
  const byId = new Map(grid.criteria.map((c) => [c.id, c]));
  const axisLabel = (id: string) => grid.axes.find((a) => a.id === id)?.label ?? id;
  const isDraft = src.origin.kind === "brouillon";
  const category = CATEGORY_LABELS[service.profile.category] ?? service.profile.category;

  const publicationLine =
    src.origin.kind === "publication"
      ? `Publication n° ${src.origin.number} du ${formatDateTime(src.origin.publishedAt)}${src.origin.publishedByName ? `, par ${src.origin.publishedByName}` : ""}`
      : `Brouillon non publié, dans son état au ${formatDateTime(src.generatedAt)}${src.origin.lastPublication ? ` (dernière publication : n° ${src.origin.lastPublication.number} du ${formatDateTime(src.origin.lastPublication.publishedAt)})` : " (aucune publication)"}`;
  const reference =
    src.origin.kind === "publication"
      ? `Publication n° ${src.origin.number}, identifiant ${src.origin.id}`
      : `Aucune : un brouillon n'est pas figé et peut encore changer (service ${service.id})`;

  const cover: CoverRow[] = [
    { label: "Service", value: service.name },
    { label: "Éditeur", value: src.organisation.name },
    { label: "Catégorie", value: category },
    ...(service.url ? [{ label: "Adresse du service", value: service.url, href: service.url }] : []),
    { label: "Grille de positionnement", value: `Version ${grid.version} du ${formatDay(grid.date)} — ${grid.label}` },
    { label: src.origin.kind === "publication" ? "Date de publication" : "État", value: publicationLine },
    { label: "Référence de l'instantané", value: reference },
    { label: "Rapport généré le", value: formatDateTime(src.generatedAt) },
  ];

  const conformity = score.conformity;
  const summary = {
    overall: formatPercent(score.overall.maturity, { nullLabel: "non évaluée" }),
    overallBand: score.overall.maturity !== null ? maturityLabel(score.overall.maturity, score.overall.maturityState) : null,
    completion: formatPercent(score.overall.completion, { nullLabel: "sans objet" }),
    conformity: CONFORMITY_LABELS[conformity.status],
    conformityDetail: `${conformity.met} ${plural(conformity.met, "critère opposable atteint", "critères opposables atteints")} sur ${conformity.binding}`,
    axes: score.axes.map(
      (a): AxisSummary => ({
        id: a.axis,
        label: axisLabel(a.axis),
        ratio: a.maturity === null ? null : Math.max(0, Math.min(1, a.maturity / 100)),
        maturity: maturityText(a),
        band: maturityLabel(a.maturity, a.maturityState),
        points: `${a.points} / ${a.maxPoints}`,
        answered: `${a.answered} / ${a.applicable}`,
        gaps: a.gaps.length,
      }),
    ),
  };

  const gaps = {
    deadline: src.deadline,
    lines: conformity.gaps.map((g) => ({
      id: g.criterionId,
      title: g.title,
      axis: axisLabel(g.axis),
      level: g.level === "na" ? "non applicable sans raison" : `niveau ${g.level}`,
    })),
    missing: conformity.missing.map((m) => ({ id: m.criterionId, title: m.title, axis: axisLabel(m.axis), level: "sans réponse" })),
  };

  const applicable = new Set(src.applicable);
  const axes: AxisBlock[] = grid.axes
    .map((axis) => {
      const criteria = grid.criteria
        .filter((c) => c.axis === axis.id && applicable.has(c.id))
        .map((c): CriterionBlock => {
          const a = src.answers[c.id];
          const level = a?.level;
          const theme = axis.themes.find((t) => t.id === c.theme)?.label;
          return {
            id: c.id,
            title: c.title,
            meta: [FORCE_LABELS[c.force], `poids ${c.poids}`, theme ? `thème : ${theme}` : null].filter(Boolean).join(" · "),
            level: levelText(grid, a),
            levelMeaning: typeof level === "number" ? c.niveaux[level] : null,
            isGap: c.force === "opposable" && (typeof level === "number" ? level < CONFORMITY_THRESHOLD : level === "na" && !a?.naReason.trim()),
            justification: a?.justification.trim() ? a.justification.trim() : null,
            naReason: level === "na" ? a?.naReason.trim() || null : null,
            evidence: a?.evidence ?? [],
          };
        });
      const tally = score.axes.find((s) => s.axis === axis.id);
      return { id: axis.id, label: axis.label, maturity: tally ? maturityText(tally) : "sans objet", criteria };
    })
    .filter((a) => a.criteria.length > 0);

  // Doctrine references of the applicable criteria, grouped by document and section.
  const refs = new Map<string, ReferenceLine & { ids: string[] }>();
  for (const id of src.applicable) {
    const c = byId.get(id);
    if (!c) continue;
    const key = `${c.reference.document}|${c.reference.section ?? ""}|${c.reference.url ?? ""}`;
    const entry = refs.get(key) ?? { document: c.reference.document, section: c.reference.section ?? null, url: c.reference.url ?? null, basis: BASIS_LABELS[c.basis], criteria: "", ids: [] };
    entry.ids.push(c.id);
    refs.set(key, entry);
  }
  const references = [...refs.values()].map(({ ids, ...r }) => ({ ...r, criteria: ids.join(", ") }));

  const method = [
    `Chaque critère applicable au service reçoit un niveau de 0 à ${MAX_LEVEL}, ou « non applicable » avec une raison.`,
    `Maturité d'un axe = somme des (poids × niveau) / somme des (poids × ${MAX_LEVEL}) × 100, sur les critères de l'axe évalués par un niveau. Les critères non applicables sortent des deux sommes ; un axe sans critère évalué est « sans objet », jamais 0 % ni 100 %.`,
    "Maturité globale = la même formule sur tous les critères évalués, tous axes confondus (moyenne pondérée des critères, et non moyenne des pourcentages des axes).",
    "Complétude = critères répondus (niveau ou non applicable) / critères applicables.",
    `Conformité : le service est conforme quand chaque critère opposable applicable atteint le niveau ${CONFORMITY_THRESHOLD} ou plus, ou est non applicable avec une raison. Les écarts sont les critères opposables sous le niveau ${CONFORMITY_THRESHOLD}.`,
    "Les pourcentages sont arrondis à l'unité. La méthode complète et un exemple calculé sont publiés sur la page « Méthode » du site.",
  ];

  const when = src.origin.kind === "publication" ? `publication n° ${src.origin.number}` : "brouillon";
  const data: ServiceReportData = {
    meta: {
      title: `Rapport de positionnement — ${service.name}${isDraft ? ` (${DRAFT_WATERMARK})` : ""}`,
      author: src.organisation.name,
      subject: `Positionnement de ${service.name} au regard de la doctrine technique du numérique pour l'éducation, grille ${grid.version}, ${when}`,
      keywords: ["positionnement", "doctrine technique", `grille ${grid.version}`, service.name, src.organisation.name].join(", "),
      creationDate: src.generatedAt,
      language: "fr",
    },
    fileName:
      src.origin.kind === "publication"
        ? `rapport-positionnement-${fileSlug(service.name)}-publication-${src.origin.number}.pdf`
        : `rapport-positionnement-${fileSlug(service.name)}-brouillon-${parisDay(src.generatedAt)}.pdf`,
    serviceName: service.name,
    watermark: isDraft ? DRAFT_WATERMARK : null,
    statusLine: publicationLine,
    cover,
    summary,
    gaps,
    axes,
    annex: {
      method,
      scale: grid.scale.map((s) => ({ level: s.level, label: s.label, description: s.description })),
      references,
      gridNote:
        grid.origine === "lecture"
          ? `La grille ${grid.version} est une lecture de la doctrine : chaque critère indique s'il repose sur un texte officiel ou sur cette lecture, à confirmer par la liste officielle du ministère.`
          : `La grille ${grid.version} reprend la liste officielle du ministère.`,
    },
  };
  return pdfTextDeep(data);
}
