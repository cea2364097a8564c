/**
 * Scoring engine: from the applicable criteria of a service and its answers, compute the
 * maturity per axis and overall, the completion, the conformity to the binding criteria and
 * the gaps. Pure: no I/O, no clock, no randomness; the same input always gives the same output,
 * whatever the order of the answers.
 *
 * The method (also explained on the public « Méthode » page):
 *
 * - Each applicable criterion is answered with a level 0–4 or "na" (non applicable, with a
 *   reason), or not answered yet.
 * - Maturity of an axis = Σ(poids × niveau) / Σ(poids × 4) × 100, over the criteria of the
 *   axis answered with a level. N/A answers are out of both sums.
 *   UNANSWERED criteria are also out of both sums: they do not count as 0 (that would punish
 *   an assessment in progress and make the score move for the wrong reason); they lower the
 *   completion instead, and publication requires completeness anyway.
 * - An axis with no criterion answered with a level has no maturity (`null`): "sans objet"
 *   when nothing is left to answer (nothing applicable, or everything N/A), "non évaluée" when
 *   criteria are still unanswered. Never shown as 0 % or 100 %.
 * - Overall maturity = the same formula over every criterion answered with a level, all axes
 *   together (a weighted mean of criteria, NOT the mean of the axis percentages).
 * - Completion = answered (levels and N/A) / applicable × 100, per axis and overall.
 * - Conformity: a service conforms when every applicable binding (`opposable`) criterion is
 *   answered at level 3 or more, or N/A with a reason. Gaps = binding criteria answered below 3,
 *   or N/A without a reason. Status: "non-conforme" if there is a gap; otherwise "incomplet" if a
 *   binding criterion is unanswered; otherwise "conforme".
 *
 * Every number is returned with what it is made of (points, maximum points, counts, and one
 * line per criterion) so that the UI and the PDF can show how it was obtained.
 */
import type { Criterion, Level } from "../grid/schema";

export { LEVELS, type Level } from "../grid/schema";

/** Minimum level for a binding criterion to be met. */
export const CONFORMITY_THRESHOLD = 3;
/** Highest level of the scale (denominator of the maturity). */
export const MAX_LEVEL = 4;

export type AnswerValue = Level | "na";

export interface Answer {
  criterionId: string;
  level: AnswerValue;
  /** Required for "na": an N/A without a (non-blank) reason is a gap on a binding criterion. */
  naReason?: string | null;
}

/** What the engine needs from a criterion (a full `Criterion` fits). */
export type ScoredCriterion = Pick<Criterion, "id" | "axis" | "title" | "poids" | "force">;

export type LineState = "evalue" | "non-applicable" | "non-repondu";

/** One criterion's contribution, for traceability. */
export interface CriterionLine {
  id: string;
  axis: string;
  title: string;
  poids: number;
  force: Criterion["force"];
  state: LineState;
  /** The level when `state` is "evalue", otherwise null. */
  level: Level | null;
  /** The N/A reason (trimmed) when `state` is "non-applicable" and one was given. */
  naReason: string | null;
  /** poids × level (0 unless evaluated). */
  points: number;
  /** poids × 4 (0 unless evaluated). */
  maxPoints: number;
}

export type MaturityState = "evaluee" | "sans-objet" | "non-evaluee";

export interface Tally {
  /** Applicable criteria. */
  applicable: number;
  /** Answered with a level or N/A. */
  answered: number;
  /** Answered with a level. */
  evaluated: number;
  notApplicable: number;
  unanswered: number;
  /** Numerator: Σ poids × level over evaluated criteria. */
  points: number;
  /** Denominator: Σ poids × 4 over evaluated criteria. */
  maxPoints: number;
  /** points / maxPoints × 100, unrounded; null when nothing is evaluated. */
  maturity: number | null;
  maturityState: MaturityState;
  /** answered / applicable × 100, unrounded; null when nothing is applicable. */
  completion: number | null;
}

export interface Gap {
  criterionId: string;
  title: string;
  axis: string;
  /** The level given, or "na" for a non-applicable answer without a reason. */
  level: Level | "na";
}

export interface MissingAnswer {
  criterionId: string;
  title: string;
  axis: string;
}

export interface AxisScore extends Tally {
  axis: string;
  /** Binding criteria of this axis below the threshold (subset of `conformity.gaps`). */
  gaps: Gap[];
}

export type ConformityStatus = "conforme" | "non-conforme" | "incomplet";

export interface Conformity {
  status: ConformityStatus;
  conforms: boolean;
  /** Applicable binding criteria. When 0 the service conforms vacuously: show the count. */
  binding: number;
  /** Binding criteria met (level ≥ 3, or N/A with a reason). */
  met: number;
  gaps: Gap[];
  /** Binding criteria not answered yet. */
  missing: MissingAnswer[];
}

export interface AssessmentScore {
  /** One entry per axis: the `axes` option order, then any other axis in criteria order. */
  axes: AxisScore[];
  overall: Tally;
  conformity: Conformity;
  /** One line per applicable criterion, in the order of the `criteria` argument. */
  lines: CriterionLine[];
  /** Answers to criteria that are not in the applicable list (ignored), sorted. */
  ignoredAnswers: string[];
}

export interface ScoreOptions {
  /**
   * Axis ids to report, in display order (usually `grid.axes.map(a => a.id)`). Needed to get an
   * entry ("sans objet") for an axis of which no criterion applies to the service.
   */
  axes?: readonly string[];
}

export class ScoringInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScoringInputError";
  }
}

const isLevel = (v: unknown): v is Level => v === 0 || v === 1 || v === 2 || v === 3 || v === 4;

function tally(lines: readonly CriterionLine[]): Tally {
  let answered = 0;
  let evaluated = 0;
  let notApplicable = 0;
  let points = 0;
  let maxPoints = 0;
  for (const line of lines) {
    if (line.state === "non-repondu") continue;
    answered += 1;
    if (line.state === "non-applicable") {
      notApplicable += 1;
      continue;
    }
    evaluated += 1;
    points += line.points;
    maxPoints += line.maxPoints;
  }
  const applicable = lines.length;
  const unanswered = applicable - answered;
  const maturity = maxPoints > 0 ? (points / maxPoints) * 100 : null;
  const maturityState: MaturityState = maturity !== null ? "evaluee" : unanswered > 0 ? "non-evaluee" : "sans-objet";
  return {
    applicable,
    answered,
    evaluated,
    notApplicable,
    unanswered,
    points,
    maxPoints,
    maturity,
    maturityState,
    completion: applicable > 0 ? (answered / applicable) * 100 : null,
  };
}

/**
 * Score an assessment.
 *
 * @param criteria the criteria that apply to the service (`applicableCriteria(grid, profile)`)
 * @param answers  the answers given so far; a criterion without an answer is "non répondu"
 * @throws ScoringInputError on duplicate criterion ids, two answers to the same criterion, an
 *         invalid level or a non-positive weight (data errors that must not be scored silently)
 */
export function scoreAssessment(
  criteria: readonly ScoredCriterion[],
  answers: readonly Answer[],
  options: ScoreOptions = {},
): AssessmentScore {
  const byId = new Map<string, Answer>();
  for (const answer of answers) {
    if (byId.has(answer.criterionId)) {
      throw new ScoringInputError(`deux réponses pour le critère ${answer.criterionId}`);
    }
    if (answer.level !== "na" && !isLevel(answer.level)) {
      throw new ScoringInputError(
        `niveau invalide pour le critère ${answer.criterionId} : ${String(answer.level)} (attendu 0 à 4 ou « na »)`,
      );
    }
    byId.set(answer.criterionId, answer);
  }

  const seen = new Set<string>();
  const lines: CriterionLine[] = criteria.map((c) => {
    if (seen.has(c.id)) throw new ScoringInputError(`critère ${c.id} présent deux fois`);
    seen.add(c.id);
    if (!(Number.isFinite(c.poids) && c.poids > 0)) {
      throw new ScoringInputError(`poids invalide pour le critère ${c.id} : ${c.poids}`);
    }
    const answer = byId.get(c.id);
    // One object literal, no spread of a shared base: scores are recomputed whenever an answer
    // changes, and V8 builds literals about ten times faster than spreads here.
    let state: LineState = "non-repondu";
    let level: Level | null = null;
    let naReason: string | null = null;
    if (answer?.level === "na") {
      state = "non-applicable";
      naReason = answer.naReason?.trim() || null;
    } else if (answer) {
      state = "evalue";
      level = answer.level;
    }
    return {
      id: c.id,
      axis: c.axis,
      title: c.title,
      poids: c.poids,
      force: c.force,
      state,
      level,
      naReason,
      points: level === null ? 0 : c.poids * level,
      maxPoints: level === null ? 0 : c.poids * MAX_LEVEL,
    };
  });

  // Conformity on binding criteria.
  const gaps: Gap[] = [];
  const missing: MissingAnswer[] = [];
  let binding = 0;
  let met = 0;
  for (const line of lines) {
    if (line.force !== "opposable") continue;
    binding += 1;
    const ref = { criterionId: line.id, title: line.title, axis: line.axis };
    if (line.state === "non-repondu") missing.push(ref);
    else if (line.state === "non-applicable") {
      if (line.naReason) met += 1;
      else gaps.push({ ...ref, level: "na" });
    } else if (line.level !== null && line.level >= CONFORMITY_THRESHOLD) met += 1;
    else gaps.push({ ...ref, level: line.level ?? 0 });
  }
  const status: ConformityStatus = gaps.length > 0 ? "non-conforme" : missing.length > 0 ? "incomplet" : "conforme";

  // Axes: requested order first, then any other axis met in the criteria (one pass to group).
  const linesByAxis = new Map<string, CriterionLine[]>();
  for (const axis of options.axes ?? []) linesByAxis.set(axis, []);
  for (const line of lines) {
    const group = linesByAxis.get(line.axis);
    if (group) group.push(line);
    else linesByAxis.set(line.axis, [line]);
  }
  const axes: AxisScore[] = [...linesByAxis].map(([axis, axisLines]) => ({
    axis,
    ...tally(axisLines),
    gaps: gaps.filter((g) => g.axis === axis),
  }));

  return {
    axes,
    overall: tally(lines),
    conformity: { status, conforms: status === "conforme", binding, met, gaps, missing },
    lines,
    ignoredAnswers: [...byId.keys()].filter((id) => !seen.has(id)).sort(),
  };
}

// ---------------------------------------------------------------------------------------------
// Labels and formatting
// ---------------------------------------------------------------------------------------------

/**
 * Maturity bands shown next to a percentage. A band starts at `min` (included) and ends at the
 * next band's `min` (excluded); the last one includes 100. 75 % is an average at "conforme" (3/4).
 */
export const MATURITY_BANDS = [
  { min: 0, label: "Émergente" },
  { min: 25, label: "En construction" },
  { min: 50, label: "Intermédiaire" },
  { min: 75, label: "Avancée" },
] as const;

export const MATURITY_STATE_LABELS: Readonly<Record<MaturityState, string>> = {
  evaluee: "Évaluée",
  "sans-objet": "Sans objet",
  "non-evaluee": "Non évaluée",
};

/** "Conforme", "Non conforme", "Incomplet": in tables and in "Non conforme → Conforme". */
export const CONFORMITY_SHORT_LABELS: Readonly<Record<ConformityStatus, string>> = { conforme: "Conforme", "non-conforme": "Non conforme", incomplet: "Incomplet" };

export const CONFORMITY_LABELS: Readonly<Record<ConformityStatus, string>> = {
  conforme: "Conforme aux critères opposables",
  "non-conforme": "Non conforme : écarts sur des critères opposables",
  incomplet: "Incomplet : critères opposables sans réponse",
};

/** Band label of a maturity; for `null`, the label of the state (default "Sans objet"). */
export function maturityLabel(maturity: number | null, state: MaturityState = "sans-objet"): string {
  if (maturity === null) return MATURITY_STATE_LABELS[state === "evaluee" ? "sans-objet" : state];
  let label: string = MATURITY_BANDS[0].label;
  for (const band of MATURITY_BANDS) if (maturity >= band.min) label = band.label;
  return label;
}

/**
 * Space placed before "%". U+00A0 (no-break space), deliberately NOT U+202F (narrow no-break
 * space, which `Intl.NumberFormat("fr-FR")` emits): the standard PDF fonts of @react-pdf have no
 * glyph for U+202F (it prints as "/" in Helvetica and as a wrong glyph in Marianne), whereas
 * U+00A0 is in every font's basic Latin-1 range and still keeps "67" and "%" on one line.
 */
export const PERCENT_SPACE = "\u00A0";

/**
 * "67 %" (no-break space U+00A0), decimal comma ("66,7 %" with `decimals: 1`), half-up
 * rounding; `null` gives `nullLabel` ("sans objet" by default).
 */
export function formatPercent(
  value: number | null,
  options: { decimals?: number; nullLabel?: string } = {},
): string {
  const { decimals = 0, nullLabel = "sans objet" } = options;
  if (value === null || !Number.isFinite(value)) return nullLabel;
  const factor = 10 ** decimals;
  // Round the magnitude then restore the sign so that -0.4 gives "0 %", not "-0 %".
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  const digits = (rounded === 0 ? 0 : rounded).toFixed(decimals).replace(".", ",");
  return `${digits}${PERCENT_SPACE}%`;
}
