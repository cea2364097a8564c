/**
 * Scores of a positioning: maturity per axis and overall, completion, conformity and gaps,
 * drawn as bars (vector) with the same numbers in a table. No hooks: used by server pages and
 * by the live panel of the form alike.
 */
import { CONFORMITY_LABELS, formatPercent, maturityLabel, type AssessmentScore } from "@/lib/scoring";
import { TableFrame } from "./TableFrame";


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
  const barWidth = 260;
  const valueWidth = 96;
  const rowHeight = 46;
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
      <svg
        role="img"
        aria-labelledby={`${idPrefix}-graphe`}
        viewBox={`0 0 ${barWidth + 8 + valueWidth} ${rows.length * rowHeight + 4}`}
        width="100%"
        style={{ maxWidth: 440, display: "block" }}
      >
        <title id={`${idPrefix}-graphe`}>Maturité par axe, détaillée dans le tableau qui suit</title>
        {rows.map((r, i) => {
          const y = i * rowHeight + 4;
          const m = r.tally.maturity;
          return (
            <g key={r.id}>
              <text x={0} y={y + 14} fontSize={14} fill="currentColor">
                {r.label.length > 48 ? `${r.label.slice(0, 47)}…` : r.label}
              </text>
              <rect x={0} y={y + 21} width={barWidth} height={16} fill="var(--background-contrast-grey)" stroke="var(--border-default-grey)" />
              {m !== null && <rect x={0} y={y + 21} width={(barWidth * m) / 100} height={16} fill="var(--background-action-high-blue-france)" />}
              <text x={barWidth + 8} y={y + 34} fontSize={14} fill="currentColor">
                {formatPercent(m, { nullLabel: r.tally.maturityState === "sans-objet" ? "sans objet" : "non évaluée" })}
              </text>
            </g>
          );
        })}
      </svg>
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
