import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/SelectNext";
import { currentGrid } from "@/lib/grid/current";
import { CATEGORY_LABELS, SERVICE_CATEGORIES } from "@/lib/grid/profile";
import { catalogueFilterSchema, filterCatalogue, latestPublications } from "@/lib/assessment/catalogue";
import { deadlineText, getDeadline } from "@/lib/settings";
import { formatDate } from "@/lib/format";
import { getDepartement, listProjetsForDepartement } from "@/lib/territory";
import { reviewHistory, schoolOverview, schoolServiceIds } from "@/lib/schools/store";
import { attentionPoints, attentionSummary, attentionText, filterSchoolServices, formatDay, summarize, PUBLISHED_CONFORMITY_SHORT, type SchoolServiceView } from "@/lib/schools/overview";
import { DECISIONS, DECISION_LABELS, schoolTableFilterSchema } from "@/lib/schools/input";
import { ActionForm } from "@/app/_auth/ActionForm";
import { ContexteTerritorial } from "@/app/territoires/_components/ContexteTerritorial";
import { ArchivedByEditor, ConformityBadge, DecisionBadge, LevelBadge } from "../_components/badges";
import { HistoryTable } from "../_components/HistoryTable";
import { loadPrivateSchool } from "../_lib/school";
import { DeclareServiceForm } from "./DeclareServiceForm";
import { addServiceAction } from "./actions";
import { ReportLink } from "@/app/_components/ReportLink";
import { TableFrame } from "@/app/_components/TableFrame";
import tableStyles from "@/app/_components/TableFrame.module.css";

export const metadata: Metadata = { title: "Mon établissement" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;

export default async function SchoolPage({ params, searchParams }: { params: Promise<{ uai: string }>; searchParams: SearchParams }) {
  await connection();
  const { uai: rawUai } = await params;
  const { db, school, canManage } = await loadPrivateSchool(rawUai, `/etablissements/${rawUai}`);
  const uai = school.uai;
  const p = await searchParams;
  const grid = currentGrid();

  // Filters of the table (and of the CSV), and the catalogue search: both from the query string.
  const tableQuery = schoolTableFilterSchema.safeParse({ q: first(p.q), decision: first(p.decision), conformite: first(p.conformite), alerte: first(p.alerte) });
  const filter = tableQuery.success ? tableQuery.data : {};
  const searching = p.recherche !== undefined || p.categorie !== undefined;
  const catalogueQuery = catalogueFilterSchema.safeParse({ q: first(p.recherche), categorie: first(p.categorie) });

  const [rows, history, deadline, departement, projets] = await Promise.all([
    schoolOverview(db, uai, { currentGridVersion: grid.version }),
    reviewHistory(db, uai, { limit: 20 }),
    getDeadline(db),
    school.departementCode ? getDepartement(db, school.departementCode) : null,
    school.departementCode ? listProjetsForDepartement(db, school.departementCode) : [],
  ]);
  const summary = summarize(rows);
  const attention = attentionPoints(rows);
  const shown = filterSchoolServices(rows, filter);
  const filtered = Object.values(filter).some((v) => v !== undefined);
  const exportQuery = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined) as [string, string][]).toString();

  const [catalogue, alreadyIn] = searching && catalogueQuery.success ? await Promise.all([latestPublications(db), schoolServiceIds(db, uai)]) : [[], new Set<string>()];
  const results = searching && catalogueQuery.success ? filterCatalogue(catalogue, catalogueQuery.data) : [];

  return (
    <>
      <h1>
        {school.name}
        {school.isDemo && (
          <>
            {" "}
            <Badge as="span" small severity="new" noIcon>
              démonstration
            </Badge>
          </>
        )}
      </h1>
      <p className="fr-text--lead">Les services numériques utilisés par l&apos;établissement, leur positionnement publié et vos décisions.</p>

      <section aria-labelledby="titre-identite" className="fr-mb-6w">
        <h2 id="titre-identite">Identité de l&apos;établissement</h2>
        <dl className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <dt className="fr-text--bold">UAI</dt>
            <dd>{uai}</dd>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <dt className="fr-text--bold">Type</dt>
            <dd>{school.kind ?? "non renseigné"}</dd>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <dt className="fr-text--bold">Secteur</dt>
            <dd>{school.isPublic ? "Public" : "Privé"}</dd>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <dt className="fr-text--bold">Commune</dt>
            <dd>
              {school.communeName ?? "non renseignée"}
              {school.communeCode ? ` (code Insee ${school.communeCode})` : ""}
            </dd>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <dt className="fr-text--bold">Département</dt>
            <dd>
              {departement ? (
                <Link href={`/territoires/${departement.code}`}>
                  {departement.name} ({departement.code})
                </Link>
              ) : (
                "non renseigné"
              )}
            </dd>
          </div>
        </dl>
        <p>
          Échéance de mise en conformité des services (code de l&apos;éducation, art. R.421-78-3) : <strong>{deadlineText(deadline)}</strong>.
        </p>
      </section>

      <div className="fr-mb-6w">
        {departement ? (
          <ContexteTerritorial row={departement} projets={projets} level={2} />
        ) : (
          <section aria-labelledby="titre-contexte">
            <h2 id="titre-contexte">Contexte territorial</h2>
            <p>Le département de l&apos;établissement n&apos;est pas renseigné : le contexte territorial ne peut pas être affiché.</p>
          </section>
        )}
      </div>

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

      <section aria-labelledby="titre-services" className="fr-mb-6w">
        <h2 id="titre-services">Services utilisés par l&apos;établissement</h2>
        {rows.length > 0 && (
          <form method="get" action={`/etablissements/${uai}`} aria-label="Filtrer les services de l'établissement" className="fr-mb-3w">
            {!tableQuery.success && <Alert severity="warning" small className="fr-mb-2w" description={`${tableQuery.error.issues[0].message} Les filtres ont été ignorés.`} />}
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-3">
                <Input label="Rechercher" hintText="Nom du service ou de l'éditeur" nativeInputProps={{ name: "q", type: "search", defaultValue: filter.q ?? "" }} />
              </div>
              <div className="fr-col-12 fr-col-md-3">
                <Select
                  label="Décision"
                  nativeSelectProps={{ name: "decision", defaultValue: filter.decision ?? "" }}
                  options={[{ value: "", label: "Toutes" }, ...DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] })), { value: "sans-decision", label: "Sans décision" }]}
                />
              </div>
              <div className="fr-col-12 fr-col-md-3">
                <Select
                  label="Conformité publiée"
                  nativeSelectProps={{ name: "conformite", defaultValue: filter.conformite ?? "" }}
                  options={[
                    { value: "", label: "Toutes" },
                    ...(["conforme", "non-conforme", "incomplet", "non-positionne"] as const).map((c) => ({ value: c, label: PUBLISHED_CONFORMITY_SHORT[c] })),
                  ]}
                />
              </div>
              <div className="fr-col-12 fr-col-md-3">
                <Checkbox
                  legend="Alertes"
                  options={[{ label: "À revoir seulement", hintText: "Archivé par l'éditeur, sans décision, nouvelle publication, revue échue, positionnement à actualiser ou service non positionné par son éditeur", nativeInputProps: { name: "alerte", value: "a-revoir", defaultChecked: filter.alerte === "a-revoir" } }]}
                />
              </div>
            </div>
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <Button type="submit">Filtrer</Button>
              </li>
              {filtered && (
                <li>
                  <Button priority="secondary" linkProps={{ href: `/etablissements/${uai}#titre-services` }}>
                    Effacer les filtres
                  </Button>
                </li>
              )}
            </ul>
          </form>
        )}
        <p role="status">
          {rows.length === 0
            ? "Aucun service dans la liste."
            : `${plural(shown.length, "service affiché", "services affichés")} sur ${rows.length}`}
        </p>
        {rows.length > 0 && shown.length === 0 && <p>Aucun service ne correspond à ces filtres.</p>}
        {shown.length > 0 && <ServicesTable uai={uai} rows={shown} axes={grid.axes} />}
        {rows.length > 0 && (
          <p>
            <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/etablissements/${uai}/export${exportQuery ? `?${exportQuery}` : ""}`} download>
              Télécharger le tableau{filtered ? " filtré" : ""} (CSV)
            </a>
          </p>
        )}
      </section>

      {canManage && (
        <section aria-labelledby="titre-ajouter" className="fr-mb-6w">
          <h2 id="titre-ajouter">Ajouter un service</h2>
          <h3 id="titre-catalogue" className="fr-h5">
            Depuis le catalogue des services positionnés
          </h3>
          <form method="get" action={`/etablissements/${uai}#titre-catalogue`} aria-label="Rechercher dans le catalogue des services positionnés">
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-6">
                <Input label="Nom du service ou de l'éditeur" nativeInputProps={{ name: "recherche", type: "search", defaultValue: first(p.recherche) ?? "" }} />
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <Select
                  label="Catégorie"
                  nativeSelectProps={{ name: "categorie", defaultValue: first(p.categorie) ?? "" }}
                  options={[{ value: "", label: "Toutes" }, ...SERVICE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))]}
                />
              </div>
            </div>
            <Button type="submit" priority="secondary">
              Rechercher dans le catalogue
            </Button>
          </form>
          {searching && !catalogueQuery.success && <Alert severity="warning" small className="fr-mt-2w" description={catalogueQuery.error.issues[0].message} />}
          {searching && catalogueQuery.success && (
            <div className="fr-mt-3w">
              <p role="status">
                {results.length === 0 ? "Aucun service positionné ne correspond à cette recherche. Vous pouvez le déclarer ci-dessous." : plural(results.length, "service trouvé", "services trouvés")}
              </p>
              {results.length > 0 && (
                <TableFrame caption="Résultats de la recherche dans le catalogue" hideCaption stack bordered>
                  <thead>
                    <tr>
                      <th scope="col">Service</th>
                      <th scope="col">Éditeur</th>
                      <th scope="col">Catégorie</th>
                      <th scope="col">Conformité publiée</th>
                      <th scope="col">Action</th>
                    </tr>
                  </thead>
                  <tbody>
                    {results.slice(0, 50).map((r) => (
                      <tr key={r.serviceId}>
                        <th scope="row">
                          <Link href={`/services/${r.serviceId}`}>{r.name}</Link>
                        </th>
                        <td data-label="Éditeur">{r.organisationName}</td>
                        <td data-label="Catégorie">{CATEGORY_LABELS[r.category]}</td>
                        <td data-label="Conformité publiée">
                          <ConformityBadge status={r.score.conformity.status} />
                        </td>
                        <td>
                          {alreadyIn.has(r.serviceId) ? (
                            "Déjà dans la liste"
                          ) : (
                            <ActionForm action={addServiceAction} fields={{ uai, serviceId: r.serviceId }} label="Ajouter" title={`Ajouter ${r.name}`} />
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </TableFrame>
              )}
              {results.length > 50 && <p>Seuls les 50 premiers résultats sont affichés : précisez la recherche.</p>}
            </div>
          )}
          <h3 id="titre-declarer" className="fr-h5 fr-mt-4w">
            Déclarer un service non positionné par son éditeur
          </h3>
          <p>Le service n&apos;est pas dans le catalogue : déclarez-le pour le suivre. Il apparaîtra comme « non positionné par l&apos;éditeur ».</p>
          <DeclareServiceForm uai={uai} />
        </section>
      )}

      <section aria-labelledby="titre-historique">
        <h2 id="titre-historique">Historique des décisions</h2>
        {history.length === 0 ? (
          <p>Aucune décision enregistrée pour l&apos;instant.</p>
        ) : (
          <HistoryTable uai={uai} entries={history} />
        )}
      </section>
    </>
  );
}

function ServicesTable({ uai, rows, axes }: { uai: string; rows: SchoolServiceView[]; axes: readonly { id: string; label: string }[] }) {
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
