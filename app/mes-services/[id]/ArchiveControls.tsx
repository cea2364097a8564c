"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ActionState } from "@/lib/kernel";
import { archiveAction, restoreAction } from "../actions";
import { ConfirmStep } from "../_components/ConfirmStep";

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

/**
 * Archive (a confirmation step says what happens: out of the catalogue, publications still
 * readable, the schools that use it told) or restore the service. One element at one place of the
 * page in both states, so that the answer stays on screen when the page is rendered again.
 */
export function ArchiveControls({
  serviceId,
  serviceName,
  archived,
  publications,
  schoolsUsing,
}: {
  serviceId: string;
  serviceName: string;
  /** "le 3 mars 2026 par Camille Martin" when archived */
  archived: { when: string } | null;
  /** number of publications (public pages that stay readable) */
  publications: number;
  /** schools that use it (service.usage.read), null when the caller may not know */
  schoolsUsing: number | null;
}) {
  const router = useRouter();
  const [result, setResult] = useState<ActionState | null>(null);
  const [focusResult, setFocusResult] = useState(0);
  const resultBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusResult) resultBox.current?.focus();
  }, [focusResult]);

  const onResult = (r: ActionState) => {
    setResult(r);
    setFocusResult((n) => n + 1);
    if (r.ok) router.refresh();
  };

  return (
    <div className="fr-mb-4w" data-testid="archivage">
      {archived ? (
        <div className="fr-alert fr-alert--warning">
          <h2 className="fr-alert__title">Service archivé {archived.when}</h2>
          <p>
            Il ne figure plus au catalogue des services positionnés.{" "}
            {publications > 0
              ? `${plural(publications, "Sa publication reste consultable", `Ses ${publications} publications restent consultables`)} à ${plural(publications, "son adresse", "leur adresse")}, avec la mention « Service archivé par son éditeur ».`
              : "Il n'a jamais été publié."}{" "}
            Son positionnement ne peut plus être modifié ni publié ; les exports et le rapport du brouillon restent disponibles.
          </p>
          <div className="fr-mt-2w">
            <ConfirmStep
              id={`confirmer-restauration-${serviceId}`}
              trigger="Restaurer"
              triggerTitle={`Restaurer ${serviceName}`}
              title={`Restaurer « ${serviceName} »\u00a0?`}
              confirmLabel="Confirmer la restauration"
              pendingLabel="Restauration…"
              run={() => restoreAction(serviceId)}
              onResult={onResult}
              headingLevel={3}
            >
              <ul className="fr-mb-2w">
                <li>{publications > 0 ? "il revient dans le catalogue des services positionnés, avec sa dernière publication ;" : "il revient dans la liste de vos services ;"}</li>
                <li>son positionnement redevient modifiable et publiable ;</li>
                <li>les établissements qui l&apos;utilisent ne voient plus la mention « Archivé par l&apos;éditeur ».</li>
              </ul>
            </ConfirmStep>
          </div>
        </div>
      ) : (
        <ConfirmStep
          id={`confirmer-archivage-${serviceId}`}
          trigger="Archiver ce service"
          triggerPriority="tertiary"
          title={`Archiver « ${serviceName} »\u00a0?`}
          confirmLabel="Confirmer l'archivage"
          pendingLabel="Archivage…"
          run={() => archiveAction(serviceId)}
          onResult={onResult}
        >
          <p className="fr-mb-1w">Si votre organisation ne propose plus ce service :</p>
          <ul className="fr-mb-2w">
            <li>
              il quitte le catalogue public des services positionnés et votre liste « Mes services » (il reste dans sa section « Services
              archivés ») ;
            </li>
            <li>
              {publications > 0
                ? `${plural(publications, "sa publication reste consultable", `ses ${publications} publications restent consultables`)} à ${plural(publications, "son adresse", "leur adresse")}, avec la mention « Service archivé par son éditeur le … » ;`
                : "il n'a pas de publication : rien n'en était public ;"}
            </li>
            <li>son positionnement ne peut plus être modifié ni publié tant qu&apos;il est archivé ; les exports du brouillon restent disponibles ;</li>
            <li data-testid="confirmation-etablissements">
              {schoolsUsing === null
                ? "les établissements qui l'utilisent en sont informés."
                : schoolsUsing === 0
                  ? "aucun établissement ne déclare l'utiliser."
                  : `${schoolsUsing} ${plural(schoolsUsing, "établissement déclare", "établissements déclarent")} l'utiliser : ${plural(schoolsUsing, "son chef d'établissement verra", "leurs chefs d'établissement verront")} « Archivé par l'éditeur » et un point d'attention ; ${plural(schoolsUsing, "il le garde", "ils le gardent")} dans ${plural(schoolsUsing, "sa liste", "leur liste")}, mais aucun autre établissement ne peut plus l'ajouter.`}
            </li>
          </ul>
          <p className="fr-text--sm">Vous pourrez le restaurer à tout moment depuis cette page ou depuis « Mes services ».</p>
        </ConfirmStep>
      )}
      <div aria-live="polite" tabIndex={-1} ref={resultBox} className="fr-mt-2w" data-testid="resultat-archivage">
        {result && <Alert severity={result.ok ? "success" : "error"} small description={result.message ?? (result.ok ? "C'est fait." : "Action refusée.")} />}
      </div>
    </div>
  );
}
