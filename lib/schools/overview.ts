/**
 * The school's view of its services, pure (no database, no clock: `now` and the current grid
 * version are passed in): freshness of each publication, "nouvelle publication depuis votre
 * revue", the points d'attention, the summary counts, the table's filters and its CSV.
 */
import { toCsv } from "../csv";
import { formatDate, formatDay } from "../format";
import { formatPercent, maturityLabel, type ConformityStatus, type Gap, type MaturityState } from "../scoring";
import { CATEGORY_LABELS, type ServiceCategory } from "../grid/profile";
import { DECISIONS, DECISION_LABELS, type ReviewDecision, type SchoolTableFilter } from "./input";

export const FRESHNESS_MONTHS = 12;

export type AxisCell = { axis: string; maturity: number | null; maturityState: MaturityState; gaps: number };

export type PublicationSummary = {
  number: number;
  publishedAt: Date;
  gridVersion: string;
  overall: number | null;
  axes: AxisCell[];
  conformity: ConformityStatus;
  gaps: number;
  /** the binding criteria below the threshold, as frozen in the publication */
  gapList: Gap[];
  /** binding criteria the publication left unanswered */
  missing: number;
};

export type ReviewSummary = {
  id: number;
  decision: ReviewDecision;
  comment: string;
  nextReviewOn: string | null;
  publicationNumber: number | null;
  gridVersion: string | null;
  decidedAt: Date;
  decidedByName: string | null;
};

/** One service of the school, as its head sees it. */
export type SchoolServiceView = {
  id: string;
  kind: "platform" | "declared";
  serviceId: string | null;
  name: string;
  editor: string | null;
  url: string | null;
  category: ServiceCategory | null;
  addedAt: Date;
  /** the editor archived the service (no longer offered): out of the catalogue, its publications stay readable */
  archivedAt: Date | null;
  publication: PublicationSummary | null;
  review: ReviewSummary | null;
  freshness: Freshness;
  /** the editor published again after the head's latest decision */
  newPublicationSinceReview: boolean;
  /** the date of the next review has come */
  reviewDue: boolean;
};

export type Freshness = { stale: boolean; reasons: string[] };

/** Whether a publication is older than the current grid version, or than 12 months. */
export function freshnessOf(p: Pick<PublicationSummary, "publishedAt" | "gridVersion"> | null, currentGridVersion: string, now: Date): Freshness {
  if (!p) return { stale: false, reasons: [] };
  const reasons: string[] = [];
  if (p.gridVersion !== currentGridVersion) reasons.push(`positionnement sur la grille ${p.gridVersion}, la grille en vigueur est la ${currentGridVersion}`);
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - FRESHNESS_MONTHS);
  if (p.publishedAt < limit) reasons.push(`publication de plus de ${FRESHNESS_MONTHS} mois (${formatDate(p.publishedAt)})`);
  return { stale: reasons.length > 0, reasons };
}

export function newPublicationSince(p: PublicationSummary | null, r: ReviewSummary | null): boolean {
  return !!p && !!r && (r.publicationNumber === null || p.number > r.publicationNumber);
}

/** The decisions and the services not positioned; what asks for another look is `attentionPoints`. */
export type SchoolSummary = {
  total: number;
  decisions: Record<ReviewDecision | "sans-decision", number>;
  notPositioned: number;
};

export function summarize(rows: readonly SchoolServiceView[]): SchoolSummary {
  const decisions = Object.fromEntries([...DECISIONS, "sans-decision"].map((d) => [d, 0])) as SchoolSummary["decisions"];
  let notPositioned = 0;
  for (const r of rows) {
    decisions[r.review?.decision ?? "sans-decision"] += 1;
    if (r.kind === "declared") notPositioned += 1;
  }
  return { total: rows.length, decisions, notPositioned };
}

// ---------------------------------------------------------------------------
// Points d'attention: the one place that says what asks the head to look at a service again.
// The school page (its summary and its "À revoir" filter), the CSV and the PDF report all read it.
// ---------------------------------------------------------------------------

/** The reasons, in the order they are shown. */
export const ATTENTION_KINDS = ["archive", "sans-decision", "nouvelle-publication", "revue-echue", "a-actualiser", "non-positionne"] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** One reason, as a short label (for counts) and as a sentence with its details (for a service). */
export const ATTENTION_LABELS: Readonly<Record<AttentionKind, string>> = {
  archive: "service archivé par son éditeur",
  "sans-decision": "sans décision de l'établissement",
  "nouvelle-publication": "nouvelle publication de l'éditeur depuis la dernière décision",
  "revue-echue": "revue arrivée à échéance",
  "a-actualiser": "positionnement à actualiser (grille remplacée ou publication de plus de 12 mois)",
  "non-positionne": "service non positionné par son éditeur",
};

export type AttentionReason = { kind: AttentionKind; text: string };

/** Why a service of the school needs another look (empty: nothing to do). */
export function attentionReasons(r: SchoolServiceView): AttentionReason[] {
  const out: AttentionReason[] = [];
  if (r.archivedAt) {
    out.push({ kind: "archive", text: `Archivé par l'éditeur le ${formatDate(r.archivedAt)} (il ne propose plus ce service, retiré du catalogue ; ses publications restent consultables)` });
  }
  if (!r.review) out.push({ kind: "sans-decision", text: "Aucune décision enregistrée" });
  if (r.newPublicationSinceReview && r.publication) {
    const since = r.review?.publicationNumber ? ` (votre décision portait sur la n° ${r.review.publicationNumber})` : "";
    out.push({ kind: "nouvelle-publication", text: `Nouvelle publication n° ${r.publication.number} de l'éditeur depuis votre dernière décision${since}` });
  }
  if (r.reviewDue && r.review?.nextReviewOn) out.push({ kind: "revue-echue", text: `Revue arrivée à échéance le ${formatDay(r.review.nextReviewOn)}` });
  if (r.freshness.stale) out.push({ kind: "a-actualiser", text: `Positionnement à actualiser : ${r.freshness.reasons.join(" ; ")}` });
  if (r.kind === "declared") out.push({ kind: "non-positionne", text: "Non positionné par son éditeur : aucun positionnement publié sur la plateforme" });
  return out;
}

export type AttentionPoint = { id: string; name: string; reasons: AttentionReason[] };
export type AttentionPoints = {
  /** the services that need another look, in the order of `rows`, each with its reasons */
  services: AttentionPoint[];
  /** number of services per reason */
  counts: Record<AttentionKind, number>;
  /** number of services of `rows` */
  total: number;
};

/** The points d'attention of a school: the page, the CSV and the PDF report take them from here. */
export function attentionPoints(rows: readonly SchoolServiceView[]): AttentionPoints {
  const counts = Object.fromEntries(ATTENTION_KINDS.map((k) => [k, 0])) as Record<AttentionKind, number>;
  const services: AttentionPoint[] = [];
  for (const r of rows) {
    const reasons = attentionReasons(r);
    for (const x of reasons) counts[x.kind] += 1;
    if (reasons.length > 0) services.push({ id: r.id, name: r.name, reasons });
  }
  return { services, counts, total: rows.length };
}

/** "2 services sur 4 sont à revoir.", or why there is nothing to review: the page and the PDF print this sentence. */
export function attentionSummary(points: AttentionPoints): string {
  const n = points.services.length;
  if (n === 0) return "Aucun : chaque service a une décision, suit la grille en vigueur avec une publication de moins de 12 mois, sans nouvelle publication depuis la décision ni revue échue, et reste proposé par son éditeur.";
  return `${n} service${n > 1 ? "s" : ""} sur ${points.total} ${n > 1 ? "sont" : "est"} à revoir.`;
}

/** The reasons of one service, on one line (CSV cell, PDF). */
export const attentionText = (reasons: readonly AttentionReason[]) => reasons.map((x) => x.text).join(" ; ");

/** Something in the row asks the head to look again (the "À revoir" filter). */
export const needsAttention = (r: SchoolServiceView) => attentionReasons(r).length > 0;

const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

export function filterSchoolServices(rows: readonly SchoolServiceView[], f: SchoolTableFilter): SchoolServiceView[] {
  const q = f.q ? fold(f.q) : null;
  return rows.filter((r) => {
    if (q && !fold(`${r.name} ${r.editor ?? ""}`).includes(q)) return false;
    if (f.decision && (r.review?.decision ?? "sans-decision") !== f.decision) return false;
    if (f.conformite && (r.publication?.conformity ?? "non-positionne") !== f.conformite) return false;
    if (f.alerte === "a-revoir" && !needsAttention(r)) return false;
    return true;
  });
}

export const PUBLISHED_CONFORMITY_SHORT: Readonly<Record<ConformityStatus | "non-positionne", string>> = {
  conforme: "Conforme",
  "non-conforme": "Non conforme",
  incomplet: "Incomplet",
  "non-positionne": "Non positionné par l'éditeur",
};

/** "Avancée (80 %)", "Sans objet", "Non évaluée". */
export function axisText(c: AxisCell | undefined): string {
  if (!c) return "sans objet";
  if (c.maturity === null) return maturityLabel(null, c.maturityState);
  return `${maturityLabel(c.maturity, c.maturityState)} (${formatPercent(c.maturity)})`;
}

/** Colour band of a maturity (always shown next to its text). */
export function axisTone(c: AxisCell | undefined): "error" | "warning" | "info" | "success" | "neutral" {
  if (!c || c.maturity === null) return "neutral";
  if (c.maturity < 25) return "error";
  if (c.maturity < 50) return "warning";
  if (c.maturity < 75) return "info";
  return "success";
}

/** French date of a YYYY-MM-DD string (lib/format). */
export { formatDay };

/** The table as CSV (separator ";" for French spreadsheets, BOM added by the route). */
export function schoolServicesCsv(rows: readonly SchoolServiceView[], axes: readonly { id: string; label: string }[], baseUrl = ""): string {
  const header = [
    "Service",
    "Éditeur",
    "Catégorie",
    "Positionnement",
    "Date de publication",
    "Version de la grille",
    ...axes.map((a) => `Maturité ${a.label}`),
    "Conformité publiée",
    "Écarts opposables",
    "Fraîcheur",
    "Nouvelle publication depuis la revue",
    "Points d'attention",
    "Décision",
    "Commentaire",
    "Date de la décision",
    "Prochaine revue",
    "Page publique",
  ];
  const lines = rows.map((r) => {
    const p = r.publication;
    return [
      r.name,
      r.editor ?? "",
      r.category ? CATEGORY_LABELS[r.category] : "",
      p ? `Publication n° ${p.number}` : PUBLISHED_CONFORMITY_SHORT["non-positionne"],
      p ? formatDate(p.publishedAt) : "",
      p?.gridVersion ?? "",
      ...axes.map((a) => (p ? axisText(p.axes.find((x) => x.axis === a.id)) : "")),
      PUBLISHED_CONFORMITY_SHORT[p?.conformity ?? "non-positionne"],
      p ? p.gaps : "",
      p ? (r.freshness.stale ? `À actualiser : ${r.freshness.reasons.join(" ; ")}` : "À jour") : "",
      r.newPublicationSinceReview ? "oui" : "non",
      attentionText(attentionReasons(r)),
      r.review ? DECISION_LABELS[r.review.decision] : "Sans décision",
      r.review?.comment ?? "",
      r.review ? formatDate(r.review.decidedAt) : "",
      r.review?.nextReviewOn ? formatDay(r.review.nextReviewOn) : "",
      r.serviceId ? `${baseUrl}/services/${r.serviceId}` : (r.url ?? ""),
    ];
  });
  return toCsv([header, ...lines], ";");
}
