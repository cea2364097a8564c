import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { getDb } from "@/db/client";
import { pageGuard } from "@/app/_auth/guard";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { overviewOf, servicesOfOrganisations } from "@/lib/assessment/services";
import { PUBLICATION_STATE_LABELS, type PublicationState } from "@/lib/assessment/store";
import { formatPercent } from "@/lib/scoring";
import { formatDate, formatDateTime } from "@/lib/format";
import { myOrganisations } from "@/lib/accounts";
import { userNames } from "@/lib/assessment/archive";
import { Refusal } from "@/app/_components/Refusal";
import { TableFrame } from "@/app/_components/TableFrame";
import tableStyles from "@/app/_components/TableFrame.module.css";
import { ArchivedServices } from "./ArchivedServices";

export const metadata: Metadata = { title: "Mes services" };

const STATE_SEVERITY: Record<PublicationState, "info" | "success" | "warning"> = { brouillon: "info", publiee: "success", modifiee: "warning" };
const CONFORMITY_SHORT = { conforme: "Conforme", "non-conforme": "Non conforme", incomplet: "Incomplet" } as const;

export default async function MesServicesPage() {
  const guard = await pageGuard("account.read", null, "/mes-services");
  if ("forbidden" in guard) return <Refusal message={guard.forbidden} />;
  const db = getDb();
  const orgs = await myOrganisations(db, guard.actor.id);
  const grid = currentGrid();
  const all = await overviewOf(db, await servicesOfOrganisations(db, orgs.map((o) => o.id)), (v) => findGrid(v) ?? grid);
  // The default list: services still offered. Archived ones have their own section, with « Restaurer ».
  const rows = all.filter((r) => !r.service.archivedAt);
  const archivedRows = all.filter((r) => r.service.archivedAt);
  const names = await userNames(db, archivedRows.flatMap((r) => (r.service.archivedBy ? [r.service.archivedBy] : [])));
  const archived = archivedRows.map((r) => {
    const by = r.service.archivedBy ? names.get(r.service.archivedBy) : undefined;
    return {
      id: r.service.id,
      name: r.service.name,
      organisationName: orgs.length > 1 ? r.organisationName : null,
      when: `le ${formatDate(r.service.archivedAt!)}${by ? ` par ${by}` : ""}`,
      lastPublication: r.lastPublication ? `dernière publication n° ${r.lastPublication.number} du ${formatDate(r.lastPublication.publishedAt)}` : null,
    };
  });

  return (
    <>
      <h1>Mes services</h1>
      {orgs.length === 0 ? (
        <>
          <p>Vous n&apos;êtes membre d&apos;aucune organisation éditrice. Créez votre organisation ou demandez une invitation à un propriétaire.</p>
          <Button linkProps={{ href: "/espace" }}>Aller à mon espace</Button>
        </>
      ) : (
        <>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            {orgs.map((o) => (
              <li key={o.id}>
                <Button linkProps={{ href: `/mes-services/nouveau?organisation=${encodeURIComponent(o.id)}` }}>
                  {orgs.length > 1 ? `Créer un service pour ${o.name}` : "Créer un service"}
                </Button>
              </li>
            ))}
          </ul>
          {rows.length === 0 ? (
            <p>
              {archived.length > 0
                ? "Aucun service en cours : vos services sont archivés (voir ci-dessous). Restaurez-en un, ou créez-en un nouveau."
                : "Aucun service pour l'instant. Créez-en un pour commencer son positionnement."}
            </p>
          ) : (
            <TableFrame caption="Services de mes organisations" stack bordered>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">État</th>
                  <th scope="col">Complétude</th>
                  {grid.axes.map((a) => (
                    <th scope="col" key={a.id}>
                      {a.label}
                    </th>
                  ))}
                  <th scope="col">Conformité</th>
                  <th scope="col">Dernière modification</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.service.id}>
                    <th scope="row">
                      <Link href={`/mes-services/${r.service.id}`}>{r.service.name}</Link>
                      {orgs.length > 1 && (
                        <span className={tableStyles.detail}>
                          <span className="fr-sr-only">, organisation : </span>
                          {r.organisationName}
                        </span>
                      )}
                      <span className={tableStyles.detail}>grille {r.gridVersion}</span>
                    </th>
                    <td data-label="État">
                      <Badge as="span" severity={STATE_SEVERITY[r.state]} small noIcon>
                        {PUBLICATION_STATE_LABELS[r.state]}
                      </Badge>
                    </td>
                    <td data-label="Complétude">{formatPercent(r.draftScore.overall.completion)}</td>
                    {grid.axes.map((a) => {
                      const t = r.draftScore.axes.find((x) => x.axis === a.id);
                      return (
                        <td key={a.id} data-label={a.label}>
                          {formatPercent(t?.maturity ?? null, { nullLabel: t?.maturityState === "non-evaluee" ? "non évaluée" : "sans objet" })}
                        </td>
                      );
                    })}
                    <td data-label="Conformité">{CONFORMITY_SHORT[r.draftScore.conformity.status]}</td>
                    <td data-label="Dernière modification">{formatDateTime(r.lastChange)}</td>
                  </tr>
                ))}
              </tbody>
            </TableFrame>
          )}
          {all.length > 0 && <ArchivedServices items={archived} />}
        </>
      )}
    </>
  );
}
