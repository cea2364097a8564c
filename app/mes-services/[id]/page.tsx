import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { pageGuard } from "@/app/_auth/guard";
import { ScorePanel } from "@/app/_components/ScorePanel";
import { getDb } from "@/db/client";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { applicableCriteria, CATEGORY_LABELS } from "@/lib/grid/profile";
import { completenessProblems, criterionFieldHref } from "@/lib/assessment/completeness";
import { getService, listPublications, loadDraft, publicationState, PUBLICATION_STATE_LABELS, serviceProfile } from "@/lib/assessment/store";
import { scoreFor } from "@/lib/assessment/snapshot";
import { deadlineText, getDeadline } from "@/lib/settings";
import { formatDate, formatDateTime } from "@/lib/format";
import { formatPercent } from "@/lib/scoring";
import { PublishControls } from "./PublishControls";
import { can } from "@/lib/authz";
import { countSchoolsUsingService } from "@/lib/schools/store";
import { ReportLink } from "@/app/_components/ReportLink";
import { Refusal } from "@/app/_components/Refusal";
import { archiveDetails } from "@/lib/assessment/archive";
import { ARCHIVED_LABEL } from "@/lib/assessment/archived";
import { ArchiveControls } from "./ArchiveControls";
import { ServiceBreadcrumb } from "@/app/mes-services/_components/ServiceBreadcrumb";

export const metadata: Metadata = { title: "Service" };

export default async function ServicePrivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const db = getDb();
  const service = await getService(db, id);
  if (!service) notFound();
  const guard = await pageGuard("service.read-draft", { type: "service", id: service.id, organisationId: service.organisationId }, `/mes-services/${id}`);
  if ("forbidden" in guard) return <Refusal message={guard.forbidden} />;
  const draft = await loadDraft(db, service.id, currentGrid().version);
  const grid = findGrid(draft.gridVersion) ?? currentGrid();
  const profile = serviceProfile(service);
  const contents = new Map([...draft.answers].map(([k, v]) => [k, v.content]));
  const score = scoreFor(grid, profile, contents);
  const applicable = applicableCriteria(grid, profile);
  const axisOf = new Map(grid.criteria.map((c) => [c.id, c.axis]));
  const pubs = await listPublications(db, service.id);
  const state = publicationState(grid, service, draft.answers, pubs[0] ?? null);
  // Editors learn how many schools use the service, never which ones nor their decisions.
  const schoolsUsing = can(guard.actor, "service.usage.read", { type: "service", id: service.id, organisationId: service.organisationId }).allowed
    ? await countSchoolsUsingService(db, service.id)
    : null;
  const archived = await archiveDetails(db, service);
  // Archiving is an edit (service.edit): an administrator reads the page without the controls.
  const canEdit = can(guard.actor, "service.edit", { type: "service", id: service.id, organisationId: service.organisationId }).allowed;

  return (
    <>
      <ServiceBreadcrumb service={service} />
      <h1>{service.name}</h1>
      <p>
        <Badge as="span" severity={state === "publiee" ? "success" : state === "modifiee" ? "warning" : "info"} noIcon data-testid="etat-publication">
          {PUBLICATION_STATE_LABELS[state]}
        </Badge>{" "}
        {archived && (
          <>
            <Badge as="span" severity="warning" noIcon data-testid="etat-archive">
              {ARCHIVED_LABEL}
            </Badge>{" "}
          </>
        )}
        {CATEGORY_LABELS[profile.category]} — grille {grid.version} — complétude {formatPercent(score.overall.completion)}
      </p>
      {service.description && <p>{service.description}</p>}
      {schoolsUsing !== null && (
        <p data-testid="etablissements-utilisateurs">
          {schoolsUsing === 0
            ? "Aucun établissement n'a encore déclaré utiliser ce service."
            : `${schoolsUsing} établissement${schoolsUsing > 1 ? "s déclarent" : " déclare"} utiliser ce service.`}
        </p>
      )}
      {(!archived || pubs.length > 0) && (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {!archived && (
            <>
              <li>
                <Button linkProps={{ href: `/mes-services/${service.id}/positionnement` }}>Remplir le positionnement</Button>
              </li>
              <li>
                <Button priority="secondary" linkProps={{ href: `/mes-services/${service.id}/profil` }}>
                  Modifier le profil
                </Button>
              </li>
            </>
          )}
          {pubs.length > 0 && (
            <li>
              <Button priority="tertiary" linkProps={{ href: `/services/${service.id}` }}>
                Voir la page publique
              </Button>
            </li>
          )}
        </ul>
      )}
      {canEdit && (
        <ArchiveControls
          serviceId={service.id}
          serviceName={service.name}
          archived={archived ? { when: `le ${formatDate(archived.at)}${archived.byName ? ` par ${archived.byName}` : ""}` } : null}
          publications={pubs.length}
          schoolsUsing={schoolsUsing}
        />
      )}
      <p>
        <ReportLink href={`/mes-services/${service.id}/rapport`} detail="PDF — marqué « BROUILLON — non publié », réservé à votre organisation">
          Télécharger le rapport PDF du brouillon
        </ReportLink>
      </p>
      {!archived && state === "publiee" && <p>Le brouillon est identique à la publication n° {pubs[0].number} : rien de nouveau à publier.</p>}
      {!archived && (
        <PublishControls
          serviceId={service.id}
          canRevert={state === "modifiee" && pubs.length > 0}
          upToDate={state === "publiee"}
          applicable={applicable.length}
          missing={completenessProblems(applicable, contents).length}
          gaps={score.conformity.gaps.length}
        />
      )}
      <ScorePanel score={score} axes={grid.axes} deadline={deadlineText(await getDeadline(db))} gapHref={(c) => criterionFieldHref(service.id, axisOf.get(c) ?? "", c)} />
      <h2>Exporter le brouillon</h2>
      <ul>
        <li>
          <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/mes-services/${service.id}/export?format=csv`} download>
            Brouillon au format CSV (tableur)
          </a>
        </li>
        <li>
          <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/mes-services/${service.id}/export?format=json`} download>
            Brouillon au format JSON (données structurées, pour un autre logiciel)
          </a>
        </li>
      </ul>
      <h2>Publications</h2>
      {pubs.length === 0 ? (
        <p>Pas encore de publication. Publiez lorsque tous les critères applicables ont une réponse.</p>
      ) : (
        <ul>
          {pubs.map((p) => (
            <li key={p.id}>
              <Link href={`/services/${service.id}/publications/${p.number}`}>Publication n° {p.number}</Link> du {formatDateTime(p.publishedAt)}, grille {p.gridVersion}
              {p.publishedByName ? `, par ${p.publishedByName}` : ""} — maturité {formatPercent(p.snapshot.score.overall.maturity)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
