import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/SelectNext";
import type { CatalogueRow } from "@/lib/assessment/catalogue";
import { CATEGORY_LABELS, SERVICE_CATEGORIES } from "@/lib/grid/profile";
import { ActionForm } from "@/app/_auth/ActionForm";
import { TableFrame } from "@/app/_components/TableFrame";
import { ConformityBadge } from "../../_components/badges";
import type { CatalogueQuery } from "../../_lib/school-query";
import { addServiceAction } from "../actions";
import { plural } from "./text";

/** At most this many results are listed: the head narrows the search instead of scrolling. */
const SHOWN = 50;

/**
 * The search in the catalogue of positioned services (a GET form: the results have an address),
 * and the results with a button to add each one to the school's list.
 */
export function CatalogueSearch({ uai, query, results, alreadyIn }: { uai: string; query: CatalogueQuery; results: readonly CatalogueRow[]; alreadyIn: ReadonlySet<string> }) {
  return (
    <>
      <h3 id="titre-catalogue" className="fr-h5">
        Depuis le catalogue des services positionnés
      </h3>
      <form method="get" action={`/etablissements/${uai}#titre-catalogue`} aria-label="Rechercher dans le catalogue des services positionnés">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Input label="Nom du service ou de l'éditeur" nativeInputProps={{ name: "recherche", type: "search", defaultValue: query.text }} />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Select
              label="Catégorie"
              nativeSelectProps={{ name: "categorie", defaultValue: query.category }}
              options={[{ value: "", label: "Toutes" }, ...SERVICE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))]}
            />
          </div>
        </div>
        {/* The last field of a grid row has no bottom margin: the button keeps the fields' spacing itself. */}
        <Button type="submit" priority="secondary" className="fr-mt-3w">
          Rechercher dans le catalogue
        </Button>
      </form>
      {query.error !== null && <Alert severity="warning" small className="fr-mt-2w" description={query.error} />}
      {query.filter !== null && (
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
                {results.slice(0, SHOWN).map((r) => (
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
          {results.length > SHOWN && <p>Seuls les 50 premiers résultats sont affichés : précisez la recherche.</p>}
        </div>
      )}
    </>
  );
}
