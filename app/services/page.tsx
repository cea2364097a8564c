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
import { catalogueFilterSchema, filterCatalogue, latestPublications } from "@/lib/assessment/catalogue";
import { formatPercent } from "@/lib/scoring";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Services positionnés" };

const CONFORMITY_SHORT = { conforme: "Conforme", "non-conforme": "Non conforme", incomplet: "Incomplet" } as const;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const p = await searchParams;
  const parsed = catalogueFilterSchema.safeParse({ q: first(p.q), categorie: first(p.categorie), conformite: first(p.conformite), axe: first(p.axe), min: first(p.min) });
  const filter = parsed.success ? parsed.data : {};
  const grid = currentGrid();
  const all = await latestPublications(getDb());
  const rows = filterCatalogue(all, filter);
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
        {rows.length} service{rows.length > 1 ? "s" : ""} sur {all.length}
      </p>
      {all.length === 0 ? (
        <p>Aucun service n&apos;a encore publié son positionnement.</p>
      ) : rows.length === 0 ? (
        <p>Aucun service ne correspond à ces filtres.</p>
      ) : (
        <div className="fr-table">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption>Services et maturité de leur dernière publication</caption>
                  <thead>
                    <tr>
                      <th scope="col">Service</th>
                      <th scope="col">Éditeur</th>
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
                        </th>
                        <td>{r.organisationName}</td>
                        <td>{CATEGORY_LABELS[r.category]}</td>
                        {grid.axes.map((a) => {
                          const t = r.score.axes.find((x) => x.axis === a.id);
                          return <td key={a.id}>{formatPercent(t?.maturity ?? null)}</td>;
                        })}
                        <td>{CONFORMITY_SHORT[r.score.conformity.status]}</td>
                        <td>
                          n° {r.number} du {formatDate(r.publishedAt)} (grille {r.gridVersion})
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
