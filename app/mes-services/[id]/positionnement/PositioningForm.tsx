"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { scoreAssessment, formatPercent } from "@/lib/scoring";
import type { AnswerContentInput } from "@/lib/assessment/answer";
import { liveAnswers } from "@/lib/assessment/live-answers";
import { toScoringAnswers } from "@/lib/assessment/snapshot";
import { ScorePanel } from "@/app/_components/ScorePanel";
import type { SerializedAnswer } from "../../actions";
import { CriterionForm, levelGroupName, timeLabel, type CriterionView, type SaveStatus } from "./CriterionForm";

type Axis = { id: string; label: string; themes: { id: string; label: string }[] };
type CriterionWithPlace = CriterionView & { axis: string; theme: string };

const CRITERION_HASH = /^#critere-([A-Z]+-\d{2,3})$/;

/** The first field of a criterion: its checked level, else its first level. */
function firstFieldOf(criterionId: string): HTMLInputElement | null {
  const radios = document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${levelGroupName(criterionId)}"]`);
  return [...radios].find((r) => r.checked) ?? radios[0] ?? null;
}

/**
 * The positioning form: free navigation between axes, each criterion saved on its own, a global
 * save state, live scores, and a warning before leaving with unsaved changes (closing the tab,
 * reloading, following a link, in-app links included).
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
  /** What the server holds for each criterion (the last saved answer), reported by each criterion's autosave. */
  const [serverValues, setServerValues] = useState<Record<string, AnswerContentInput>>(() => Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, v.content])));
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Criteria whose answer on screen is not what the server holds: known at once, for the warnings. */
  const unsavedRef = useRef(new Set<string>());
  /** The user already said "leave" to the in-app question: the browser does not ask again. */
  const leavingRef = useRef(false);

  const onValues = useCallback((id: string, v: AnswerContentInput) => setValues((prev) => ({ ...prev, [id]: v })), []);
  const onStatus = useCallback((id: string, s: SaveStatus, unsaved: boolean, saved: AnswerContentInput) => {
    if (unsaved) unsavedRef.current.add(id);
    else unsavedRef.current.delete(id);
    setStatuses((prev) => (prev[id] && JSON.stringify(prev[id]) === JSON.stringify(s) ? prev : { ...prev, [id]: s }));
    setServerValues((prev) => (prev[id] === saved ? prev : { ...prev, [id]: saved }));
  }, []);

  // Live scores: for each criterion, the answer on screen when it is valid, else the answer the
  // server holds for it (its last saved answer), so that a criterion being corrected keeps its
  // saved level instead of showing "non évaluée" for a moment (lib/assessment/live-answers).
  const score = useMemo(
    () => scoreAssessment(criteria, toScoringAnswers(liveAnswers(values, serverValues)), { axes: axes.map((a) => a.id) }),
    [values, serverValues, criteria, axes],
  );

  const list = Object.values(statuses);
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

  // Closing the tab, reloading, typing another address, following a plain link: the browser asks.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (unsavedRef.current.size === 0 || leavingRef.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const axisOf = useMemo(() => new Map(criteria.map((c) => [c.id, c.axis])), [criteria]);

  /** Shows a criterion's axis, scrolls to the criterion and focuses its level (links "#critere-ID"). */
  const goToCriterion = useCallback(
    (id: string) => {
      const a = axisOf.get(id);
      if (!a) return false;
      setAxis(a);
      const url = new URL(window.location.href);
      url.searchParams.set("axe", a);
      url.hash = `critere-${id}`;
      window.history.replaceState(window.history.state, "", url);
      setFocusTarget(id);
      return true;
    },
    [axisOf],
  );

  useEffect(() => {
    if (!focusTarget) return;
    const card = document.getElementById(`critere-${focusTarget}`);
    card?.scrollIntoView({ block: "start" });
    firstFieldOf(focusTarget)?.focus({ preventScroll: true });
    setFocusTarget(null);
  }, [focusTarget, axis]);

  // Arriving with "#critere-ID" (a refusal to publish, a gap): that criterion, in its axis, focused.
  useEffect(() => {
    const fromHash = () => {
      const m = CRITERION_HASH.exec(window.location.hash);
      if (m) goToCriterion(m[1]);
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [goToCriterion]);

  // Links inside the application are followed without unloading the page (no "beforeunload"):
  // a click on one asks first when something is not saved. Links to a criterion of this page
  // switch to its axis.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return; // another site: the browser's own warning
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) {
        const m = CRITERION_HASH.exec(url.hash);
        if (m && goToCriterion(m[1])) e.preventDefault();
        return;
      }
      const unsavedIds = [...unsavedRef.current];
      if (unsavedIds.length === 0) return;
      const list = unsavedIds.slice(0, 5).join(", ") + (unsavedIds.length > 5 ? "…" : "");
      const leave = window.confirm(
        `${unsavedIds.length > 1 ? `${unsavedIds.length} réponses ne sont pas enregistrées` : "Une réponse n'est pas enregistrée"} (${list}). ` +
          "Quitter la page quand même ? Ce qui n'est pas enregistré sera perdu.",
      );
      if (!leave) {
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      // Already asked: a link that unloads the page does not ask a second time.
      leavingRef.current = true;
      window.setTimeout(() => (leavingRef.current = false), 2000);
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [goToCriterion]);

  const goTo = (id: string) => {
    setAxis(id);
    const url = new URL(window.location.href);
    url.searchParams.set("axe", id);
    url.hash = "";
    window.history.replaceState(window.history.state, "", url);
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
