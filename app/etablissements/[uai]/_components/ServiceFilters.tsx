import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/SelectNext";
import { DECISIONS, DECISION_LABELS } from "@/lib/schools/input";
import { PUBLISHED_CONFORMITY_SHORT } from "@/lib/schools/overview";
import type { SchoolTableQuery } from "../../_lib/school-query";

/** The filters of the services table: a plain GET form, so the filtered table has an address (and a CSV). */
export function ServiceFilters({ uai, query }: { uai: string; query: SchoolTableQuery }) {
  const { filter } = query;
  return (
    <form method="get" action={`/etablissements/${uai}`} aria-label="Filtrer les services de l'établissement" className="fr-mb-3w">
      {query.error !== null && <Alert severity="warning" small className="fr-mb-2w" description={`${query.error} Les filtres ont été ignorés.`} />}
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
        {query.filtered && (
          <li>
            <Button priority="secondary" linkProps={{ href: `/etablissements/${uai}#titre-services` }}>
              Effacer les filtres
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
