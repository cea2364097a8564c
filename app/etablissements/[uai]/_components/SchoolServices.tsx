import { filterSchoolServices, type SchoolServiceView } from "@/lib/schools/overview";
import { exportQueryString, type SchoolTableQuery } from "../../_lib/school-query";
import { ServiceFilters } from "./ServiceFilters";
import { ServicesTable } from "./ServicesTable";
import { plural } from "./text";

/** The services the school uses: filters, how many are shown, the table, and its CSV (filtered as the table). */
export function SchoolServices({ uai, rows, axes, query }: { uai: string; rows: readonly SchoolServiceView[]; axes: readonly { id: string; label: string }[]; query: SchoolTableQuery }) {
  const shown = filterSchoolServices(rows, query.filter);
  const exportQuery = exportQueryString(query.filter);
  return (
    <section aria-labelledby="titre-services" className="fr-mb-6w">
      <h2 id="titre-services">Services utilisés par l&apos;établissement</h2>
      {rows.length > 0 && <ServiceFilters uai={uai} query={query} />}
      <p role="status">
        {rows.length === 0
          ? "Aucun service dans la liste."
          : `${plural(shown.length, "service affiché", "services affichés")} sur ${rows.length}`}
      </p>
      {rows.length > 0 && shown.length === 0 && <p>Aucun service ne correspond à ces filtres.</p>}
      {shown.length > 0 && <ServicesTable uai={uai} rows={shown} axes={axes} />}
      {rows.length > 0 && (
        <p>
          <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/etablissements/${uai}/export${exportQuery ? `?${exportQuery}` : ""}`} download>
            Télécharger le tableau{query.filtered ? " filtré" : ""} (CSV)
          </a>
        </p>
      )}
    </section>
  );
}
