"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { criterionFieldHref, type PublishProblem } from "@/lib/assessment/completeness";
import { publishAction, revertAction } from "../actions";

type Result = { ok: boolean; message?: string; problems?: PublishProblem[] };

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

/**
 * Publish (after a confirmation step that says what becomes public) and revert. A refusal lists
 * the criteria to complete, each a link to its field in the positioning form.
 */
export function PublishControls({
  serviceId,
  canRevert,
  upToDate,
  applicable,
  missing,
  gaps,
}: {
  serviceId: string;
  canRevert: boolean;
  /** the draft equals the last publication */
  upToDate: boolean;
  /** applicable criteria, criteria still to complete, binding criteria below level 3 (as the page sees them) */
  applicable: number;
  missing: number;
  gaps: number;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<Result | null>(null);
  const [confirming, setConfirming] = useState(false);
  const publishButton = useRef<HTMLButtonElement>(null);
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const resultBox = useRef<HTMLDivElement>(null);
  const [focusResult, setFocusResult] = useState(0);

  useEffect(() => {
    if (confirming) confirmTitle.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (focusResult) resultBox.current?.focus();
  }, [focusResult]);

  const run = (fn: () => Promise<Result>) =>
    start(async () => {
      const r = await fn();
      setConfirming(false);
      setResult(r);
      setFocusResult((n) => n + 1);
      if (r.ok) router.refresh();
    });
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => publishButton.current?.focus());
  };

  return (
    <div className="fr-mb-4w">
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {!upToDate && (
          <li>
            <Button
              ref={publishButton}
              type="button"
              disabled={pending}
              nativeButtonProps={{ "aria-expanded": confirming, "aria-controls": "confirmer-publication" }}
              onClick={() => {
                setResult(null);
                setConfirming(true);
              }}
            >
              Publier
            </Button>
          </li>
        )}
        {canRevert && (
          <li>
            <Button type="button" priority="secondary" disabled={pending} onClick={() => run(() => revertAction(serviceId))}>
              Revenir à la version publiée
            </Button>
          </li>
        )}
      </ul>
      {confirming && (
        <section
          id="confirmer-publication"
          className="fr-callout fr-mb-3w"
          aria-labelledby="confirmer-publication-titre"
          onKeyDown={(e) => {
            if (e.key === "Escape" && !pending) {
              e.stopPropagation();
              cancel();
            }
          }}
        >
          <h2 id="confirmer-publication-titre" className="fr-callout__title" tabIndex={-1} ref={confirmTitle}>
            Publier ce positionnement{"\u00a0"}?
          </h2>
          <p className="fr-mb-1w">
            Sera visible de tous, sans connexion, sur la page publique du service (<code>/services/{serviceId}</code>) :
          </p>
          <ul className="fr-mb-2w">
            <li>
              les réponses aux {applicable} {plural(applicable, "critère applicable", "critères applicables")} : niveau, ou « non applicable » et sa raison ;
            </li>
            <li>les justifications et les liens de preuve ;</li>
            <li>les scores : maturité par axe et globale, conformité aux critères opposables et écarts.</li>
          </ul>
          <p className="fr-mb-1w" data-testid="confirmation-ecarts">
            {gaps === 0
              ? "Aucun écart aux critères opposables : tous ceux qui ont une réponse sont au niveau 3 ou plus."
              : `${gaps} ${plural(gaps, "écart", "écarts")} aux critères opposables (sous le niveau 3) ${plural(gaps, "restera affiché", "resteront affichés")} sur la page publique, avec l'échéance.`}
          </p>
          {missing > 0 && (
            <p className="fr-mb-1w">
              <strong>
                {missing} {plural(missing, "critère est encore à compléter", "critères sont encore à compléter")} : la publication sera refusée et la liste vous sera
                donnée.
              </strong>
            </p>
          )}
          <p className="fr-text--sm">Chaque publication reste consultable. Vos modifications suivantes ne seront publiques qu&apos;à la prochaine publication.</p>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-mb-0">
            <li>
              <Button type="button" disabled={pending} onClick={() => run(() => publishAction(serviceId))}>
                {pending ? "Publication…" : "Confirmer la publication"}
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" disabled={pending} onClick={cancel}>
                Annuler
              </Button>
            </li>
          </ul>
        </section>
      )}
      <div aria-live="polite" tabIndex={-1} ref={resultBox} data-testid="resultat-publication">
        {result?.problems?.length ? (
          <Alert
            severity="error"
            title={result.message ?? "Publication impossible"}
            description={
              <>
                <p>Chaque critère mène à sa réponse dans le formulaire :</p>
                <ul>
                  {result.problems.map((p) => (
                    <li key={p.criterionId}>
                      <a href={criterionFieldHref(serviceId, p.axis, p.criterionId)}>{p.text}</a>
                    </li>
                  ))}
                </ul>
              </>
            }
          />
        ) : result ? (
          <Alert severity={result.ok ? "success" : "error"} small description={result.message ?? ""} />
        ) : null}
      </div>
    </div>
  );
}
