import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/SelectNext";
import { getDb } from "@/db/client";
import { currentGrid } from "@/lib/grid/current";
import { CATEGORY_LABELS, SERVICE_CATEGORIES } from "@/lib/grid/profile";
import { catalogueFilterSchema, searchCatalogue } from "@/lib/assessment/catalogue";
import { formatPercent } from "@/lib/scoring";
import { formatDate } from "@/lib/format";
import { TableFrame } from "@/app/_components/TableFrame";
import tableStyles from "@/app/_components/TableFrame.module.css";

export const metadata: Metadata = { title: "Services positionnés" };

const CONFORMITY_SHORT = { conforme: "Conforme", "non-conforme": "Non conforme", incomplet: "Incomplet" } as const;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const p = await searchParams;
  const parsed = catalogueFilterSchema.safeParse({ q: first(p.q), categorie: first(p.categorie), conformite: first(p.conformite), axe: first(p.axe), min: first(p.min), page: first(p.page) });
  const filter = parsed.success ? parsed.data : {};
  const grid = currentGrid();
  const db = getDb();
  const [{ rows, total, page: pageNumber, pages }, everything] = await Promise.all([searchCatalogue(db, filter), searchCatalogue(db, {}, 1)]);
  const all = { length: everything.total };
  const matching = { length: total };
  const pageHref = (n: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v !== undefined && k !== "page") q.set(k, String(v));
    q.set("page", String(n));
    return `/services?${q}`;
  };
  return (
    <>
      <h1>Services positionnés</h1>
      <p>Les services dont l&apos;éditeur a publié le positionnement, avec leur dernière publication.</p>
      <form method="get" action="/services" className="fr-mb-4w" aria-label="Filtrer les services">
        {!parsed.success && <Alert severity="warning" small className="fr-mb-2w" description={`${parsed.error.issues[0].message} Les filtres ont été ignorés.`} />}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input label="Rechercher" hintText="Nom du service ou de l'éditeur" nativeInputProps={{ name: "q", defaultValue: filter.q ?? "", type: "search" }} />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label="Catégorie"
              nativeSelectProps={{ name: "categorie", defaultValue: filter.categorie ?? "" }}
              options={[{ value: "", label: "Toutes" }, ...SERVICE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))]}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label="Conformité"
              nativeSelectProps={{ name: "conformite", defaultValue: filter.conformite ?? "" }}
              options={[
                { value: "", label: "Toutes" },
                { value: "conforme", label: "Conforme" },
                { value: "non-conforme", label: "Non conforme" },
              ]}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label="Axe"
              nativeSelectProps={{ name: "axe", defaultValue: filter.axe ?? "" }}
              options={[{ value: "", label: "Aucun" }, ...grid.axes.map((a) => ({ value: a.id, label: a.label }))]}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input label="Maturité minimale sur cet axe (%)" nativeInputProps={{ name: "min", type: "number", min: 0, max: 100, defaultValue: filter.min ?? "" }} />
          </div>
        </div>
        <Button type="submit" className="fr-mt-2w">
          Filtrer
        </Button>
      </form>
      <p role="status">
        {matching.length} service{matching.length > 1 ? "s" : ""} sur {all.length}
        {pages > 1 && ` — page ${pageNumber} sur ${pages}`}
      </p>
      {all.length === 0 ? (
        <p>Aucun service n&apos;a encore publié son positionnement.</p>
      ) : matching.length === 0 ? (
        <p>Aucun service ne correspond à ces filtres.</p>
      ) : (
        <TableFrame caption="Services et maturité de leur dernière publication" stack bordered>
          <thead>
            <tr>
              <th scope="col">Service et éditeur</th>
              <th scope="col">Catégorie</th>
              {grid.axes.map((a) => (
                <th scope="col" key={a.id}>
                  {a.label}
                </th>
              ))}
              <th scope="col">Conformité</th>
              <th scope="col">Publication</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.serviceId}>
                <th scope="row">
                  <Link href={`/services/${r.serviceId}`}>{r.name}</Link>
                  <span className={tableStyles.detail}>
                    <span className="fr-sr-only">, éditeur : </span>
                    {r.organisationName}
                  </span>
                </th>
                <td data-label="Catégorie">{CATEGORY_LABELS[r.category]}</td>
                {grid.axes.map((a) => {
                  const t = r.score.axes.find((x) => x.axis === a.id);
                  return (
                    <td key={a.id} data-label={a.label} className={tableStyles.nowrap}>
                      {formatPercent(t?.maturity ?? null)}
                    </td>
                  );
                })}
                <td data-label="Conformité">{CONFORMITY_SHORT[r.score.conformity.status]}</td>
                <td data-label="Publication">
                  n° {r.number} du <span className={tableStyles.nowrap}>{formatDate(r.publishedAt)}</span>
                  <span className={tableStyles.detail}>grille {r.gridVersion}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      {pages > 1 && (
        <nav role="navigation" className="fr-pagination" aria-label="Pagination des services">
          <ul className="fr-pagination__list">
            <li>
              {pageNumber > 1 ? (
                <Link className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" href={pageHref(pageNumber - 1)}>
                  Page précédente
                </Link>
              ) : (
                <a className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" aria-disabled="true" role="link">
                  Page précédente
                </a>
              )}
            </li>
            <li>
              <a className="fr-pagination__link" aria-current="page" title={`Page ${pageNumber}`}>
                {pageNumber}
              </a>
            </li>
            <li>
              {pageNumber < pages ? (
                <Link className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" href={pageHref(pageNumber + 1)}>
                  Page suivante
                </Link>
              ) : (
                <a className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" aria-disabled="true" role="link">
                  Page suivante
                </a>
              )}
            </li>
          </ul>
        </nav>
      )}
    </>
  );
}
