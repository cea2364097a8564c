"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { scoreAssessment, formatPercent } from "@/lib/scoring";
import { answerContentSchema, type AnswerContentInput } from "@/lib/assessment/answer";
import { toScoringAnswers } from "@/lib/assessment/snapshot";
import { ScorePanel } from "@/app/_components/ScorePanel";
import type { SerializedAnswer } from "../../actions";
import { CriterionForm, timeLabel, type CriterionView, type SaveStatus } from "./CriterionForm";

type Axis = { id: string; label: string; themes: { id: string; label: string }[] };
type CriterionWithPlace = CriterionView & { axis: string; theme: string };

/**
 * The positioning form: free navigation between axes, each criterion saved on its own, a global
 * save state, live scores, and a warning before leaving with unsaved changes.
 */
export function PositioningForm({
  serviceId,
  axes,
  criteria,
  initial,
  deadline,
  initialAxis,
}: {
  serviceId: string;
  axes: Axis[];
  criteria: CriterionWithPlace[];
  initial: Record<string, SerializedAnswer>;
  deadline: string;
  initialAxis: string;
}) {
  const [axis, setAxis] = useState(initialAxis);
  const [values, setValues] = useState<Record<string, AnswerContentInput>>(() => Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, v.content])));
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);

  const onValues = useCallback((id: string, v: AnswerContentInput) => setValues((prev) => ({ ...prev, [id]: v })), []);
  const onStatus = useCallback((id: string, s: SaveStatus) => setStatuses((prev) => (prev[id] === s ? prev : { ...prev, [id]: s })), []);

  // Live scores from what is on screen (invalid answers are left out until corrected).
  const score = useMemo(() => {
    const valid: Record<string, ReturnType<typeof answerContentSchema.parse>> = {};
    for (const [id, v] of Object.entries(values)) {
      const p = answerContentSchema.safeParse(v);
      if (p.success) valid[id] = p.data;
    }
    return scoreAssessment(criteria, toScoringAnswers(valid), { axes: axes.map((a) => a.id) });
  }, [values, criteria, axes]);

  const list = Object.values(statuses);
  const unsaved = list.some((s) => ["pending", "saving", "retrying", "error", "invalid", "conflict"].includes(s.kind));
  const lastSavedAt = list.reduce<string | null>((acc, s) => (s.kind === "saved" && (!acc || s.at > acc) ? s.at : acc), null);
  const globalStatus = list.some((s) => s.kind === "error")
    ? "Échec de l'enregistrement d'au moins une réponse : voir le critère signalé"
    : list.some((s) => s.kind === "retrying")
      ? "Échec — nouvel essai…"
      : list.some((s) => s.kind === "conflict")
        ? "Un critère a été modifié par une autre personne : choisissez la réponse à garder"
        : list.some((s) => s.kind === "pending" || s.kind === "saving")
          ? "Enregistrement…"
          : list.some((s) => s.kind === "invalid")
            ? "Une réponse n'est pas enregistrée : corrigez le champ signalé"
            : lastSavedAt
              ? `Enregistré à ${timeLabel(lastSavedAt)}`
              : "Toutes les réponses affichées sont enregistrées";

  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const goTo = (id: string) => {
    setAxis(id);
    const url = new URL(window.location.href);
    url.searchParams.set("axe", id);
    window.history.replaceState(null, "", url);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const current = axes.find((a) => a.id === axis) ?? axes[0];

  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-8">
        <nav aria-label="Axes de la grille" className="fr-mb-3w">
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            {axes.map((a) => {
              const t = score.axes.find((x) => x.axis === a.id);
              return (
                <li key={a.id}>
                  <button
                    type="button"
                    className={`fr-btn fr-btn--sm ${a.id === current.id ? "" : "fr-btn--secondary"}`}
                    aria-current={a.id === current.id ? "true" : undefined}
                    onClick={() => goTo(a.id)}
                  >
                    {a.label} ({t ? `${t.answered}/${t.applicable}` : "0/0"})
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <p role="status" aria-live="polite" className="fr-text--bold" data-testid="etat-enregistrement">
          {globalStatus}
        </p>
        {/* Every axis stays mounted (the others hidden): pending saves finish and each form keeps its answer version. */}
        {axes.map((a) => {
          const inAxis = criteria.filter((c) => c.axis === a.id);
          const isCurrent = a.id === current.id;
          return (
            <div key={a.id} hidden={!isCurrent}>
              <h2 ref={isCurrent ? headingRef : undefined} tabIndex={-1}>
                {a.label}
              </h2>
              {inAxis.length === 0 && <p>Aucun critère de cet axe ne s&apos;applique à ce service : l&apos;axe est « sans objet ».</p>}
              {a.themes.map((theme) => {
                const inTheme = inAxis.filter((c) => c.theme === theme.id);
                if (inTheme.length === 0) return null;
                return (
                  <section key={theme.id} aria-labelledby={`theme-${a.id}-${theme.id}`}>
                    <h3 id={`theme-${a.id}-${theme.id}`}>{theme.label}</h3>
                    {inTheme.map((c) => (
                      <CriterionForm key={c.id} serviceId={serviceId} criterion={c} initial={initial[c.id] ?? null} onValues={onValues} onStatus={onStatus} />
                    ))}
                  </section>
                );
              })}
            </div>
          );
        })}
      </div>
      <aside className="fr-col-12 fr-col-md-4" aria-label="Scores en direct">
        <div style={{ position: "sticky", top: "1rem" }}>
          <p className="fr-text--sm">
            Complétude : {formatPercent(score.overall.completion)} ({score.overall.answered} / {score.overall.applicable} critères)
          </p>
          <ScorePanel score={score} axes={axes} deadline={deadline} headingLevel={2} idPrefix="scores-direct" gapHref={(id) => `#critere-${id}`} />
        </div>
      </aside>
    </div>
  );
}
