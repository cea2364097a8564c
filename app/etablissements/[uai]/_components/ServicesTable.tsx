import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { formatDate } from "@/lib/format";
import { formatDay, type SchoolServiceView } from "@/lib/schools/overview";
import { TableFrame } from "@/app/_components/TableFrame";
import tableStyles from "@/app/_components/TableFrame.module.css";
import { ArchivedByEditor, ConformityBadge, DecisionBadge, LevelBadge } from "../../_components/badges";
import { plural } from "./text";

/** One row per service: published maturity per axis, conformity and gaps, publication and freshness, decision. */
export function ServicesTable({ uai, rows, axes }: { uai: string; rows: readonly SchoolServiceView[]; axes: readonly { id: string; label: string }[] }) {
  return (
    <TableFrame
      caption="Services de l'établissement : maturité publiée par axe, conformité et décision"
      hideCaption
      label="Tableau des services de l'établissement"
      testId="tableau-services"
      stack
      bordered
    >
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Éditeur</th>
          {axes.map((a) => (
            <th scope="col" key={a.id}>
              {a.label}
            </th>
          ))}
          <th scope="col">Conformité publiée</th>
          <th scope="col">Publication</th>
          <th scope="col">Décision</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-service={r.name}>
            <th scope="row">
              <Link href={`/etablissements/${uai}/services/${r.id}`}>{r.name}</Link>
            </th>
            <td data-label="Éditeur">{r.editor ?? "—"}</td>
            {axes.map((a) => (
              <td key={a.id} data-label={a.label}>
                {r.publication ? <LevelBadge cell={r.publication.axes.find((x) => x.axis === a.id)} /> : "—"}
              </td>
            ))}
            <td data-label="Conformité publiée">
              <ConformityBadge status={r.publication?.conformity ?? null} />
              {r.publication && r.publication.gaps > 0 && <span className={tableStyles.detail}>{plural(r.publication.gaps, "écart opposable", "écarts opposables")}</span>}
            </td>
            <td data-label="Publication">
              {r.publication ? (
                <>
                  n° {r.publication.number} du <span className={tableStyles.nowrap}>{formatDate(r.publication.publishedAt)}</span>, grille {r.publication.gridVersion}
                  {r.freshness.stale && (
                    <>
                      <br />
                      <Badge as="span" small severity="warning">
                        À actualiser
                      </Badge>
                    </>
                  )}
                  {r.newPublicationSinceReview && (
                    <>
                      <br />
                      <Badge as="span" small severity="new">
                        Nouvelle publication depuis votre revue
                      </Badge>
                    </>
                  )}
                </>
              ) : (
                "—"
              )}
              {r.archivedAt && (
                <>
                  <br />
                  <ArchivedByEditor at={r.archivedAt} />
                </>
              )}
            </td>
            <td data-label="Décision">
              <DecisionBadge decision={r.review?.decision ?? null} />
              {r.review?.nextReviewOn && (
                <span className={tableStyles.detail}>
                  prochaine revue le {formatDay(r.review.nextReviewOn)}
                  {r.reviewDue ? " (échue)" : ""}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
