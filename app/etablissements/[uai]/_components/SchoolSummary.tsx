import Link from "next/link";
import { attentionPoints, attentionSummary, attentionText, summarize, type SchoolServiceView } from "@/lib/schools/overview";
import { ReportLink } from "@/app/_components/ReportLink";
import { plural } from "./text";

/** The compliance report, the count of services per decision, and the points d'attention. */
export function SchoolSummary({ uai, rows }: { uai: string; rows: readonly SchoolServiceView[] }) {
  const summary = summarize(rows);
  const attention = attentionPoints(rows);
  return (
    <section aria-labelledby="titre-synthese" className="fr-mb-6w">
      <h2 id="titre-synthese">Synthèse</h2>
      <p>
        <ReportLink href={`/etablissements/${uai}/rapport`} detail="PDF — identité, contexte territorial, services et décisions">
          Télécharger le rapport de conformité
        </ReportLink>
      </p>
      {summary.total === 0 ? (
        <p>Aucun service n&apos;est encore dans la liste de l&apos;établissement : ajoutez ceux qu&apos;il utilise ci-dessous.</p>
      ) : (
        <>
          <p>{plural(summary.total, "service utilisé", "services utilisés")}, dont :</p>
          <ul data-testid="synthese">
            <li>
              <strong>{summary.decisions.conforme}</strong> conforme{summary.decisions.conforme > 1 ? "s" : ""}
            </li>
            <li>
              <strong>{summary.decisions["a-surveiller"]}</strong> à surveiller
            </li>
            <li>
              <strong>{summary.decisions["non-conforme"]}</strong> non conforme{summary.decisions["non-conforme"] > 1 ? "s" : ""}
            </li>
            <li>
              <strong>{summary.decisions["en-attente"]}</strong> en attente d&apos;information de l&apos;éditeur
            </li>
            <li>
              <strong>{summary.decisions["sans-decision"]}</strong> sans décision
            </li>
            <li>
              <strong>{summary.notPositioned}</strong> non positionné{summary.notPositioned > 1 ? "s" : ""} par l&apos;éditeur
            </li>
          </ul>
          {/* The same points d'attention as the "À revoir" filter, the CSV and the PDF (lib/schools/overview attentionPoints). */}
          <h3 id="titre-attention" className="fr-h6">
            Points d&apos;attention
          </h3>
          <p>
            {attentionSummary(attention)}
            {attention.services.length > 0 && (
              <>
                {" "}
                <Link href={`/etablissements/${uai}?alerte=a-revoir#titre-services`}>Afficher seulement les services à revoir</Link>
              </>
            )}
          </p>
          {attention.services.length > 0 && (
            <ul data-testid="points-attention">
              {attention.services.map((x) => (
                <li key={x.id} data-service={x.name}>
                  <Link href={`/etablissements/${uai}/services/${x.id}`}>{x.name}</Link> : {attentionText(x.reasons)}.
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
