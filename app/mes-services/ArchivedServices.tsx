"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ActionState } from "@/lib/kernel";
import { restoreAction } from "./actions";
import { ConfirmStep } from "./_components/ConfirmStep";

export type ArchivedServiceItem = {
  id: string;
  name: string;
  /** "Cartable Ouvert" when the user belongs to several organisations */
  organisationName: string | null;
  /** "le 3 mars 2026 par Camille Martin" */
  when: string;
  /** "publication n° 2 du 3 mars 2026", or null when never published */
  lastPublication: string | null;
};

/**
 * The "Services archivés" section of "Mes services": each archived service with a « Restaurer »
 * button (after a confirmation step). The answer stays here when the restored service moves up
 * to the main table.
 */
export function ArchivedServices({ items }: { items: ArchivedServiceItem[] }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionState | null>(null);
  const [focusResult, setFocusResult] = useState(0);
  const resultBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusResult) resultBox.current?.focus();
  }, [focusResult]);

  return (
    <section aria-labelledby="titre-archives" className="fr-mt-6w" data-testid="services-archives">
      <h2 id="titre-archives">Services archivés</h2>
      <div aria-live="polite" tabIndex={-1} ref={resultBox} data-testid="resultat-restauration">
        {result && <Alert severity={result.ok ? "success" : "error"} small className="fr-mb-2w" description={result.message ?? (result.ok ? "C'est fait." : "Action refusée.")} />}
      </div>
      {items.length === 0 ? (
        <p>Aucun service archivé. Archiver un service (depuis sa page) le retire du catalogue sans effacer ses publications ; il se restaure à tout moment.</p>
      ) : (
        <>
          <p>Ils ne figurent plus au catalogue ; leurs publications restent consultables et leur positionnement ne peut plus être modifié.</p>
          <ul className="fr-raw-list">
            {items.map((s) => (
              <li key={s.id} className="fr-mb-3w" data-service={s.name}>
                <p className="fr-mb-1w">
                  <Link href={`/mes-services/${s.id}`} className="fr-text--bold">
                    {s.name}
                  </Link>
                  {s.organisationName ? ` (${s.organisationName})` : ""} — archivé {s.when}
                  {s.lastPublication ? `, ${s.lastPublication}` : ", jamais publié"}.
                </p>
                <ConfirmStep
                  id={`confirmer-restauration-${s.id}`}
                  trigger="Restaurer"
                  triggerTitle={`Restaurer ${s.name}`}
                  title={`Restaurer « ${s.name} »\u00a0?`}
                  confirmLabel="Confirmer la restauration"
                  pendingLabel="Restauration…"
                  headingLevel={3}
                  run={() => restoreAction(s.id)}
                  onResult={(r) => {
                    setResult(r);
                    setFocusResult((n) => n + 1);
                    if (r.ok) router.refresh();
                  }}
                >
                  <ul className="fr-mb-2w">
                    <li>{s.lastPublication ? "il revient dans le catalogue des services positionnés, avec sa dernière publication ;" : "il revient dans la liste de vos services ;"}</li>
                    <li>son positionnement redevient modifiable et publiable ;</li>
                    <li>les établissements qui l&apos;utilisent ne voient plus la mention « Archivé par l&apos;éditeur ».</li>
                  </ul>
                </ConfirmStep>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
