/**
 * Scores of a positioning: maturity per axis and overall, completion, conformity and gaps,
 * drawn as bars (HTML and CSS) with the same numbers in a table. No hooks: used by server pages and
 * by the live panel of the form alike.
 */
import { CONFORMITY_LABELS, formatPercent, maturityLabel, type AssessmentScore } from "@/lib/scoring";
import { TableFrame } from "./TableFrame";
import styles from "./ScorePanel.module.css";

type AxisLabel = { id: string; label: string };

export function ScorePanel({
  score,
  axes,
  gapHref,
  deadline,
  headingLevel = 2,
  idPrefix = "scores",
}: {
  score: AssessmentScore;
  axes: readonly AxisLabel[];
  gapHref?: (criterionId: string) => string;
  /** from lib/settings deadlineText() */
  deadline: string;
  headingLevel?: 2 | 3;
  idPrefix?: string;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const H2 = headingLevel === 2 ? "h3" : "h4";
  const label = (id: string) => axes.find((a) => a.id === id)?.label ?? id;
  const rows = score.axes.map((a) => ({ id: a.axis, label: label(a.axis), tally: a }));
  // Each row: the axis name on its own line, then the bar and its value ("non évaluée" whole):
  // readable in the narrow column of the form as on a full-width page.
  return (
    <section aria-labelledby={`${idPrefix}-titre`} className="fr-mb-4w">
      <H id={`${idPrefix}-titre`}>Scores</H>
      <p className="fr-mb-1w">
        Maturité globale : <strong data-testid="maturite-globale">{formatPercent(score.overall.maturity, { nullLabel: "non évaluée" })}</strong>
        {score.overall.maturity !== null && <> ({maturityLabel(score.overall.maturity, score.overall.maturityState)})</>} — complétude{" "}
        <strong data-testid="completude-globale">{formatPercent(score.overall.completion, { nullLabel: "sans objet" })}</strong>
      </p>
      <p className="fr-mb-2w">
        Conformité : <strong data-testid="conformite">{CONFORMITY_LABELS[score.conformity.status]}</strong> ({score.conformity.met} critère
        {score.conformity.met > 1 ? "s" : ""} opposable{score.conformity.met > 1 ? "s" : ""} atteint{score.conformity.met > 1 ? "s" : ""} sur {score.conformity.binding})
      </p>
      {/* Bars in HTML (not a scaled SVG): the text keeps its size at 320 px. role="img": read as one
          image named after what it shows; its numbers are in the table that follows. */}
      <div role="img" aria-label="Maturité par axe, détaillée dans le tableau qui suit" className={styles.chart}>
        {rows.map((r) => {
          const m = r.tally.maturity;
          return (
            <div key={r.id} className={styles.row}>
              <span className={styles.label}>{r.label}</span>
              <span className={styles.line}>
                <span className={styles.track}>{m !== null && <span className={styles.fill} style={{ width: `${m}%` }} />}</span>
                <span className={styles.value}>{formatPercent(m, { nullLabel: r.tally.maturityState === "sans-objet" ? "sans objet" : "non évaluée" })}</span>
              </span>
            </div>
          );
        })}
      </div>
      {/* focusable: in a narrow column the table scrolls, and keyboard users must reach it */}
      <TableFrame className="fr-mt-2w" caption="Scores par axe" scrollLabel={`Tableau des scores par axe (${idPrefix === "scores-direct" ? "en direct" : "détail"})`}>
                <thead>
                  <tr>
                    <th scope="col">Axe</th>
                    <th scope="col">Maturité</th>
                    <th scope="col">Points</th>
                    <th scope="col">Complétude</th>
                    <th scope="col">Écarts</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id} data-axe={r.id}>
                      <th scope="row">{r.label}</th>
                      <td>{formatPercent(r.tally.maturity, { nullLabel: r.tally.maturityState === "sans-objet" ? "sans objet" : "non évaluée" })}</td>
                      <td>
                        {r.tally.points} / {r.tally.maxPoints}
                      </td>
                      <td>
                        {r.tally.answered} / {r.tally.applicable}
                      </td>
                      <td>{score.conformity.gaps.filter((g) => g.axis === r.id).length}</td>
                    </tr>
                  ))}
                </tbody>
      </TableFrame>
      <H2 className="fr-h6 fr-mt-2w">Écarts aux critères opposables</H2>
      {score.conformity.gaps.length === 0 ? (
        <p>Aucun écart : aucun critère opposable répondu n&apos;est sous le niveau 3.</p>
      ) : (
        <>
          <p>À résorber avant l&apos;échéance ({deadline}) :</p>
          <ul data-testid="ecarts">
            {score.conformity.gaps.map((g) => (
              <li key={g.criterionId}>
                {gapHref ? <a href={gapHref(g.criterionId)}>{g.criterionId}</a> : g.criterionId} — {g.title} :{" "}
                {g.level === "na" ? "non applicable sans raison" : `niveau ${g.level}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {score.conformity.missing.length > 0 && (
        <p className="fr-text--sm">
          {score.conformity.missing.length} critère{score.conformity.missing.length > 1 ? "s" : ""} opposable
          {score.conformity.missing.length > 1 ? "s" : ""} sans réponse.
        </p>
      )}
    </section>
  );
}
