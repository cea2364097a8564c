import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { TableFrame } from "@/app/_components/TableFrame";
import { formatInteger } from "@/lib/format";
import {
  TERRITORY_TYPE_LABELS,
  academieSlug,
  evolutionSentence,
  nonRenseigne,
  sourceNotes,
  stateStyle,
  type DepartementRow,
  type ProjetEnt,
} from "@/lib/territory";

type Props = {
  row: DepartementRow;
  projets: ProjetEnt[];
  /** heading level of the panel's title (its sections are one level below): 2 on the département page */
  level?: 2 | 3;
};

const severityOf = (style: ReturnType<typeof stateStyle>) =>
  style === "s1" ? "success" : style === "s4" || style === "nd" ? "warning" : "info";

/**
 * "Contexte territorial" of a département: académie, région académique, ENT deployment in 2018
 * and 2025 as the sources have them, the evolution in one sentence, and the ENT projects that cover it.
 * Reusable by the school pages (level 3).
 */
export function ContexteTerritorial({ row, projets, level = 2 }: Props) {
  const H = level === 2 ? "h2" : "h3";
  const S = level === 2 ? "h3" : "h4";
  const notes = sourceNotes(row);
  const n = (v: number | null, missing: string) => (v == null ? missing : formatInteger(v));
  return (
    <section aria-labelledby={`contexte-${row.code}`}>
      <H id={`contexte-${row.code}`}>Contexte territorial</H>
      <ul>
        <li>
          {row.zone === "com" ? "Autorité académique" : "Académie"} :{" "}
          <a className="fr-link" href={`/territoires/academie/${academieSlug(row.academie)}`}>
            {row.academie}
          </a>
        </li>
        <li>
          Région académique :{" "}
          {row.regionAcademique ? (
            <a className="fr-link" href={`/territoires/region-academique/${academieSlug(row.regionAcademique)}`}>
              {row.regionAcademique}
            </a>
          ) : (
            "aucune (collectivité d'outre-mer)"
          )}
        </li>
      </ul>

      <S className="fr-mt-3w">Déploiement des ENT dans les collèges</S>
      <TableFrame caption="État du déploiement en novembre 2018 et à la rentrée 2025, tel que publié par le ministère" hideCaption label="Tableau du déploiement des ENT" stack bordered>
          <thead>
            <tr>
              <th scope="col">Donnée</th>
              <th scope="col">Novembre 2018</th>
              <th scope="col">Rentrée 2025</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">État du déploiement</th>
              <td data-label="Novembre 2018">
                {row.etat2018 ? (
                  <Badge as="span" small noIcon severity={severityOf(stateStyle("2018", row.etat2018))}>
                    {row.etat2018}
                  </Badge>
                ) : (
                  nonRenseigne("2018")
                )}
              </td>
              <td data-label="Rentrée 2025">
                {row.etat2025 ? (
                  <Badge as="span" small noIcon severity={severityOf(stateStyle("2025", row.etat2025))}>
                    {row.etat2025}
                  </Badge>
                ) : (
                  nonRenseigne("2025")
                )}
              </td>
            </tr>
            <tr>
              <th scope="row">Commentaire</th>
              <td data-label="Novembre 2018">{row.etat2018 ? row.commentaire2018 || "—" : nonRenseigne("2018")}</td>
              <td data-label="Rentrée 2025">sans objet (le tableau de 2025 n&apos;a pas de commentaire)</td>
            </tr>
            <tr>
              <th scope="row">Collèges publics</th>
              <td data-label="Novembre 2018">{row.etat2018 ? `${n(row.collegesPublics2018, "—")} du projet` : nonRenseigne("2018")}</td>
              <td data-label="Rentrée 2025">
                {row.etat2025
                  ? row.collegesPublicsAvecEnt2025 == null
                    ? "non publié (« - » dans le tableau source)"
                    : `${formatInteger(row.collegesPublicsAvecEnt2025)} avec un ENT`
                  : nonRenseigne("2025")}
              </td>
            </tr>
            <tr>
              <th scope="row">Collèges privés</th>
              <td data-label="Novembre 2018">{row.etat2018 ? `${n(row.collegesPrives2018, "—")} du projet` : nonRenseigne("2018")}</td>
              <td data-label="Rentrée 2025">non compté en 2025</td>
            </tr>
          </tbody>
      </TableFrame>
      <p>
        <strong>Évolution : </strong>
        {evolutionSentence(row)}
      </p>
      {notes.length > 0 && (
        <div className="fr-callout fr-callout--yellow-tournesol fr-mb-3w">
          <p className="fr-callout__title">Remarques sur la source</p>
          <ul className="fr-callout__text">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}

      <S className="fr-mt-3w">Projets ENT qui couvrent ce territoire</S>
      {projets.length === 0 ? (
        <p>Aucun projet de la liste présentée le 19 novembre 2025 ne couvre ce territoire (cette liste n&apos;est pas exhaustive).</p>
      ) : (
        <TableFrame
          caption="Projets ENT de la journée nationale du 19 novembre 2025 dont le territoire comprend ce département (correspondance établie par l'équipe : une région couvre tous ses départements)"
          hideCaption
          label="Tableau des projets ENT"
          stack
          bordered
        >
            <thead>
              <tr>
                <th scope="col">Projet</th>
                <th scope="col">Territoire</th>
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
                  <td data-label="Notes">{p.notes || "—"}</td>
                </tr>
              ))}
            </tbody>
        </TableFrame>
      )}
    </section>
  );
}
