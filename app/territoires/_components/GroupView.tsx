import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { formatInteger } from "@/lib/format";
import {
  TERRITORY_TYPE_LABELS,
  academieSlug,
  groupBy,
  groupTotals,
  legend,
  nonRenseigne,
  plural,
  territoriesCount,
  type DepartementRow,
  type ProjetEnt,
  type TerritoryGroup,
} from "@/lib/territory";
import { TableFrame } from "@/app/_components/TableFrame";
import { MapPatternDefs, Swatch } from "./MapStyles";

type Props = {
  group: TerritoryGroup;
  projets: (ProjetEnt & { codes: string[] })[];
  schoolCounts: Map<string, number>;
};

export function groupTitle(group: TerritoryGroup): string {
  if (group.kind === "region-academique") return `Région académique : ${group.name}`;
  return group.rows.every((r) => r.zone === "com") ? `Autorité académique : ${group.name}` : `Académie : ${group.name}`;
}

const count = (v: number | null) => (v == null ? "—" : formatInteger(v));

/** An académie or a région académique: its départements, counts per state for both years, totals, projects. */
export function GroupView({ group, projets, schoolCounts }: Props) {
  const totals = groupTotals(group.rows);
  const schoolsTotal = [...schoolCounts.values()].reduce((a, b) => a + b, 0);
  const academies = group.kind === "region-academique" ? groupBy(group.rows, "academie") : [];
  const nameOf = new Map(group.rows.map((r) => [r.code, r.name]));
  return (
    <>
      <MapPatternDefs />
      <Breadcrumb
        currentPageLabel={group.name}
        homeLinkProps={{ href: "/" }}
        segments={[{ label: "Territoires", linkProps: { href: "/territoires" } }]}
      />
      <h1>{groupTitle(group)}</h1>
      <p className="fr-text--lead">
        {territoriesCount(group.rows.length)}
        {group.parent ? (
          <>
            {" "}
            — région académique{" "}
            <a className="fr-link fr-text--lead" href={`/territoires/region-academique/${academieSlug(group.parent)}`}>
              {group.parent}
            </a>
          </>
        ) : null}
        .
      </p>
      {academies.length > 0 && (
        <p>
          Académie{academies.length > 1 ? "s" : ""} :{" "}
          {academies.map((a, i) => (
            <span key={a.slug}>
              {i > 0 && ", "}
              <a className="fr-link" href={`/territoires/academie/${a.slug}`}>
                {a.name}
              </a>
            </span>
          ))}
          .
        </p>
      )}

      <h2>Répartition par état du déploiement</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        {(["2018", "2025"] as const).map((annee) => (
          <div className="fr-col-12 fr-col-md-6" key={annee}>
            <h3 className="fr-h6">{annee === "2018" ? "Novembre 2018" : "Rentrée 2025"}</h3>
            <ul className="fr-raw-list">
              {legend(group.rows, annee)
                .filter((e) => e.count > 0)
                .map((e) => (
                  <li key={e.state} style={{ display: "flex", alignItems: "center" }}>
                    <Swatch style={e.style} />
                    <span>
                      {e.state} : {territoriesCount(e.count)}
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
      <ul>
        <li>
          Novembre 2018 : {plural(totals.collegesPublics2018, "collège public", "collèges publics")} et {plural(totals.collegesPrives2018, "privé")} « du
          projet » ({plural(totals.with2018, "territoire renseigné", "territoires renseignés")} sur {totals.total}).
        </li>
        <li>
          Rentrée 2025 : {plural(totals.collegesPublicsAvecEnt2025, "collège public ayant un ENT", "collèges publics ayant un ENT")}
          {totals.with2025Count < totals.total
            ? ` (nombre publié pour ${plural(totals.with2025Count, "territoire")} sur ${totals.total} : la somme est un minimum)`
            : ""}
          .
        </li>
      </ul>
      <p className="fr-text--sm">
        Les deux années ne se comparent pas directement : en 2018, l&apos;état décrit l&apos;avancement du projet ; en 2025, il vient des
        données DNMA.
      </p>

      <h2 className="fr-mt-4w">Départements</h2>
      <TableFrame caption={`Déploiement des ENT dans les collèges, par département (${group.rows.length} lignes)`} label="Tableau des départements" bordered>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Département</th>
              <th scope="col">État 2018</th>
              <th scope="col">Collèges publics du projet 2018</th>
              <th scope="col">Collèges privés du projet 2018</th>
              <th scope="col">État 2025</th>
              <th scope="col">Collèges publics avec ENT 2025</th>
              <th scope="col">Établissements inscrits</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((r: DepartementRow) => (
              <tr key={r.code} data-code={r.code}>
                <td>{r.code}</td>
                <th scope="row">
                  <a className="fr-link" href={`/territoires/${r.code}`}>
                    {r.name}
                  </a>
                </th>
                <td>{r.etat2018 ?? nonRenseigne("2018")}</td>
                <td>{count(r.collegesPublics2018)}</td>
                <td>{count(r.collegesPrives2018)}</td>
                <td>{r.etat2025 ?? nonRenseigne("2025")}</td>
                <td>{r.collegesPublicsAvecEnt2025 == null ? "non publié" : formatInteger(r.collegesPublicsAvecEnt2025)}</td>
                <td>{formatInteger(schoolCounts.get(r.code) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
      </TableFrame>

      <h2 className="fr-mt-4w">Projets ENT</h2>
      {projets.length === 0 ? (
        <p>Aucun projet de la liste présentée le 19 novembre 2025 ne couvre ce territoire (cette liste n&apos;est pas exhaustive).</p>
      ) : (
        <TableFrame caption="Projets ENT de la journée nationale du 19 novembre 2025 qui couvrent au moins un de ces départements" hideCaption label="Tableau des projets ENT" stack bordered>
            <thead>
              <tr>
                <th scope="col">Projet</th>
                <th scope="col">Territoire</th>
                <th scope="col">Départements couverts ici</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {projets.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td data-label="Territoire">
                    {p.territory} ({TERRITORY_TYPE_LABELS[p.territoryType] ?? p.territoryType})
                  </td>
                  <td data-label="Départements couverts ici">{p.codes.map((c) => `${nameOf.get(c) ?? c} (${c})`).join(", ")}</td>
                  <td data-label="Notes">{p.notes || "—"}</td>
                </tr>
              ))}
            </tbody>
        </TableFrame>
      )}

      <h2 className="fr-mt-4w">Services utilisés et maturité</h2>
      <p>
        {schoolsTotal === 0
          ? "Aucun établissement de ce territoire n'est encore inscrit sur la plateforme. "
          : `${plural(schoolsTotal, "établissement inscrit", "établissements inscrits")} sur la plateforme. `}
        Aucun établissement n&apos;a encore déclaré ses services : les services publiés utilisés dans ce territoire et leur maturité moyenne
        par axe apparaîtront ici.
      </p>
    </>
  );
}
