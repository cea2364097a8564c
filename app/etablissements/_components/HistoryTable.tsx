/** The history of decisions (newest first): who decided what, when, on which publication. */
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { formatDay } from "@/lib/schools/overview";
import type { ReviewHistoryEntry } from "@/lib/schools/store";
import { DecisionBadge } from "./badges";

export function HistoryTable({ uai, entries, showService = true }: { uai: string; entries: ReviewHistoryEntry[]; showService?: boolean }) {
  return (
    <div className="fr-table fr-table--no-caption">
      <table data-testid="historique">
        <caption>Décisions enregistrées, de la plus récente à la plus ancienne</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {showService && <th scope="col">Service</th>}
            <th scope="col">Décision</th>
            <th scope="col">Commentaire</th>
            <th scope="col">Publication examinée</th>
            <th scope="col">Prochaine revue</th>
            <th scope="col">Par</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((h) => (
            <tr key={h.id}>
              <td>
                <time dateTime={h.decidedAt.toISOString()}>{formatDateTime(h.decidedAt)}</time>
              </td>
              {showService && (
                <td>
                  {h.active ? <Link href={`/etablissements/${uai}/services/${h.schoolServiceId}`}>{h.serviceName}</Link> : <>{h.serviceName} (retiré de la liste)</>}
                </td>
              )}
              <td>
                <DecisionBadge decision={h.decision} />
              </td>
              <td>{h.comment || "—"}</td>
              <td>{h.publicationNumber ? `n° ${h.publicationNumber} (grille ${h.gridVersion})` : "non positionné"}</td>
              <td>{h.nextReviewOn ? formatDay(h.nextReviewOn) : "—"}</td>
              <td>{h.decidedByName ?? "compte supprimé"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
