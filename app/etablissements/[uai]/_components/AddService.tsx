import type { CatalogueRow } from "@/lib/assessment/catalogue";
import type { CatalogueQuery } from "../../_lib/school-query";
import { CatalogueSearch } from "./CatalogueSearch";
import { DeclareServiceForm } from "./DeclareServiceForm";

/** For the school's heads: add a service from the catalogue, or declare one its editor has not positioned. */
export function AddService({ uai, catalogue, results, alreadyIn }: { uai: string; catalogue: CatalogueQuery; results: readonly CatalogueRow[]; alreadyIn: ReadonlySet<string> }) {
  return (
    <section aria-labelledby="titre-ajouter" className="fr-mb-6w">
      <h2 id="titre-ajouter">Ajouter un service</h2>
      <CatalogueSearch uai={uai} query={catalogue} results={results} alreadyIn={alreadyIn} />
      <h3 id="titre-declarer" className="fr-h5 fr-mt-4w">
        Déclarer un service non positionné par son éditeur
      </h3>
      <p>Le service n&apos;est pas dans le catalogue : déclarez-le pour le suivre. Il apparaîtra comme « non positionné par l&apos;éditeur ».</p>
      <DeclareServiceForm uai={uai} />
    </section>
  );
}
