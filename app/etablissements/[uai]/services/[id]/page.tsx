import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { CATEGORY_LABELS } from "@/lib/grid/profile";
import { latestPublication } from "@/lib/assessment/store";
import { deadlineText, getDeadline } from "@/lib/settings";
import { formatDate } from "@/lib/format";
import { reviewHistory, schoolServiceView } from "@/lib/schools/store";
import { formatDay } from "@/lib/schools/overview";
import { ScorePanel } from "@/app/_components/ScorePanel";
import { ActionForm } from "@/app/_auth/ActionForm";
import { ArchivedByEditor, DecisionBadge } from "../../../_components/badges";
import { HistoryTable } from "../../../_components/HistoryTable";
import { loadPrivateSchool } from "../../../_lib/school";
import { removeServiceAction } from "../../actions";
import { ReviewForm } from "./ReviewForm";
import { ReportLink } from "@/app/_components/ReportLink";

export const metadata: Metadata = { title: "Service utilisé par l'établissement" };

const idSchemaOk = (id: string) => id.length > 0 && id.length <= 100;

/** One service of the school: its latest publication, freshness, the decision form and the history. */
export default async function SchoolServicePage({ params }: { params: Promise<{ uai: string; id: string }> }) {
  await connection();
  const { uai: rawUai, id } = await params;
  const { db, school, canReview, canManage } = await loadPrivateSchool(rawUai, `/etablissements/${rawUai}/services/${id}`);
  const uai = school.uai;
  if (!idSchemaOk(id)) notFound();
  const grid = currentGrid();
  const row = await schoolServiceView(db, uai, id, { currentGridVersion: grid.version });
  if (!row) notFound();
  const [publication, history, deadline] = await Promise.all([
    row.serviceId ? latestPublication(db, row.serviceId) : null,
    reviewHistory(db, uai, { schoolServiceId: row.id }),
    getDeadline(db),
  ]);
  const pubGrid = publication ? (findGrid(publication.gridVersion) ?? grid) : grid;

  return (
    <>
      <Breadcrumb
        currentPageLabel={row.name}
        homeLinkProps={{ href: "/" }}
        segments={[
          { label: "Mon espace", linkProps: { href: "/espace" } },
          { label: school.name, linkProps: { href: `/etablissements/${uai}` } },
        ]}
      />
      <h1>{row.name}</h1>
      <p className="fr-text--lead">
        Éditeur : {row.editor ?? "non renseigné"}
        {row.category ? ` — ${CATEGORY_LABELS[row.category]}` : ""}
      </p>
      {row.archivedAt && (
        <div className="fr-alert fr-alert--warning fr-mb-4w" data-testid="alerte-archive">
          <h2 className="fr-alert__title">
            <ArchivedByEditor at={row.archivedAt} />
          </h2>
          <p>
            L&apos;éditeur ne propose plus ce service : il ne figure plus au catalogue et aucun autre établissement ne peut l&apos;ajouter. Il reste dans
            votre liste et ses publications restent consultables. Vérifiez avec l&apos;éditeur la suite qu&apos;il prévoit et envisagez son remplacement.
          </p>
        </div>
      )}

      <section aria-labelledby="titre-positionnement" className="fr-mb-6w">
        <h2 id="titre-positionnement">Positionnement publié</h2>
        {!publication ? (
          <>
            <Alert
              severity="info"
              small
              description="Non positionné par l'éditeur : ce service n'a pas publié de positionnement sur la plateforme. Demandez à l'éditeur de le faire, ou consignez ci-dessous les informations qu'il vous a données."
            />
            {row.url && (
              <p className="fr-mt-2w">
                Adresse du service : <a href={row.url}>{row.url}</a>
              </p>
            )}
          </>
        ) : (
          <>
            <p>
              Publication n° {publication.number} du {formatDate(publication.publishedAt)}, sur la grille {publication.gridVersion}.{" "}
              <Link href={`/services/${row.serviceId}`}>Page publique du service</Link>
            </p>
            <p>
              <ReportLink href={`/services/${row.serviceId}/publications/${publication.number}/rapport`}>
                Télécharger le rapport PDF de la publication n° {publication.number}
              </ReportLink>
            </p>
            {row.newPublicationSinceReview && row.review && (
              <Alert
                severity="info"
                small
                className="fr-mb-2w"
                title="Nouvelle publication depuis votre revue"
                description={
                  row.review.publicationNumber
                    ? `Votre dernière décision portait sur la publication n° ${row.review.publicationNumber} ; l'éditeur a publié la n° ${publication.number} depuis.`
                    : `L'éditeur a publié la n° ${publication.number} depuis votre dernière décision.`
                }
              />
            )}
            {row.freshness.stale && (
              <Alert severity="warning" small className="fr-mb-2w" title="Positionnement à actualiser" description={`${row.freshness.reasons.join(" ; ")}.`} />
            )}
            <ScorePanel score={publication.snapshot.score} axes={pubGrid.axes} deadline={deadlineText(deadline)} headingLevel={3} idPrefix="scores-service" gapHref={(c) => `/services/${row.serviceId}#reponse-${c}`} />
          </>
        )}
      </section>

      <section aria-labelledby="titre-decision" className="fr-mb-6w">
        <h2 id="titre-decision">Décision de l&apos;établissement</h2>
        {row.review ? (
          <p>
            Décision en vigueur : <DecisionBadge decision={row.review.decision} /> depuis le {formatDate(row.review.decidedAt)}
            {row.review.nextReviewOn ? `, prochaine revue le ${formatDay(row.review.nextReviewOn)}${row.reviewDue ? " (échue)" : ""}` : ""}.
          </p>
        ) : (
          <p>Aucune décision enregistrée pour ce service.</p>
        )}
        {canReview ? (
          <ReviewForm
            uai={uai}
            schoolServiceId={row.id}
            publicationNumber={publication?.number ?? null}
            serviceName={row.name}
            initial={{ decision: row.review?.decision ?? null, comment: row.review?.comment ?? "", nextReviewOn: row.review?.nextReviewOn ?? null }}
          />
        ) : (
          <p>Seul le chef d&apos;établissement peut consigner une décision.</p>
        )}
      </section>

      <section aria-labelledby="titre-historique-service" className="fr-mb-6w">
        <h2 id="titre-historique-service">Historique des décisions sur ce service</h2>
        {history.length === 0 ? <p>Aucune décision enregistrée pour l&apos;instant.</p> : <HistoryTable uai={uai} entries={history} showService={false} />}
      </section>

      {canManage && (
        <section aria-labelledby="titre-retirer">
          <h2 id="titre-retirer">Retirer ce service de la liste</h2>
          <p>Si l&apos;établissement n&apos;utilise plus ce service. Ses décisions restent dans l&apos;historique.</p>
          <ActionForm action={removeServiceAction} fields={{ uai, schoolServiceId: row.id }} label="Retirer de la liste" title={`Retirer ${row.name} de la liste`} />
        </section>
      )}
    </>
  );
}
