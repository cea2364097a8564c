/** The history of decisions (newest first): who decided what, when, on which publication. */
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { formatDay } from "@/lib/schools/overview";
import type { ReviewHistoryEntry } from "@/lib/schools/store";
import { TableFrame } from "@/app/_components/TableFrame";
import { DecisionBadge } from "./badges";

export function HistoryTable({ uai, entries, showService = true }: { uai: string; entries: ReviewHistoryEntry[]; showService?: boolean }) {
  return (
    <TableFrame caption="Décisions enregistrées, de la plus récente à la plus ancienne" hideCaption label="Historique des décisions" testId="historique" stack bordered>
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
            <td data-label="Date">
              <time dateTime={h.decidedAt.toISOString()}>{formatDateTime(h.decidedAt)}</time>
            </td>
            {showService && (
              <td data-label="Service">
                {h.active ? <Link href={`/etablissements/${uai}/services/${h.schoolServiceId}`}>{h.serviceName}</Link> : <>{h.serviceName} (retiré de la liste)</>}
              </td>
            )}
            <td data-label="Décision">
              <DecisionBadge decision={h.decision} />
            </td>
            <td data-label="Commentaire">{h.comment || "—"}</td>
            <td data-label="Publication examinée">{h.publicationNumber ? `n° ${h.publicationNumber} (grille ${h.gridVersion})` : "non positionné"}</td>
            <td data-label="Prochaine revue">{h.nextReviewOn ? formatDay(h.nextReviewOn) : "—"}</td>
            <td data-label="Par">{h.decidedByName ?? "compte supprimé"}</td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
