import { INSET_CODES, INSET_CONTEXT_CODES, INSET_VIEWBOX, MAP_CREDIT, MAP_LOCATIONS, MAP_VIEWBOX } from "@/lib/territory-map";
import { etatOf, legend, nonRenseigne, stateStyle, territoriesCount, type Annee, type DepartementRow } from "@/lib/territory";
import { formatInteger } from "@/lib/format";
import { FILLS, Swatch } from "./MapStyles";
import css from "../territoires.module.css";

type Props = { rows: DepartementRow[]; annee: Annee };

/** What a screen reader (and the tooltip) says for a département. */
function describe(row: DepartementRow, annee: Annee): string {
  const etat = etatOf(row, annee) ?? nonRenseigne(annee);
  const count =
    annee === "2018"
      ? row.etat2018 != null
        ? `, ${formatInteger(row.collegesPublics2018 ?? 0)} collèges publics et ${formatInteger(row.collegesPrives2018 ?? 0)} privés du projet`
        : ""
      : row.collegesPublicsAvecEnt2025 != null
        ? `, ${formatInteger(row.collegesPublicsAvecEnt2025)} collèges publics avec ENT`
        : "";
  return `${row.name} (${row.code}) : ${etat}${count}`;
}

/**
 * Server-rendered map: every metropolitan département is a link to its page, named for screen
 * readers; Paris and the petite couronne are linked from an enlarged inset; DROM and COM are listed.
 * Needs no client JavaScript.
 */
export function FranceMap({ rows, annee }: Props) {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const inset = new Set<string>(INSET_CODES);
  const fill = (code: string) => {
    const row = byCode.get(code);
    return FILLS[row ? stateStyle(annee, etatOf(row, annee)) : "nd"];
  };
  const outreMer = rows.filter((r) => r.zone !== "metro");
  const entries = legend(rows, annee);

  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-8">
        <figure className="fr-m-0">
          <svg
            className={css.map}
            viewBox={MAP_VIEWBOX}
            role="group"
            aria-label={`Carte de la France métropolitaine par département, état du déploiement ${annee === "2018" ? "en novembre 2018" : "à la rentrée 2025"}`}
          >
            {MAP_LOCATIONS.map((loc) => {
              const row = byCode.get(loc.code);
              if (!row || inset.has(loc.code)) {
                // linked from the inset (or unknown to the data): drawn, not focusable
                return <path key={loc.code} d={loc.path} fill={row ? fill(loc.code) : FILLS.nd} aria-hidden="true" />;
              }
              const label = describe(row, annee);
              return (
                <a key={loc.code} href={`/territoires/${row.code}`} aria-label={label} data-code={row.code}>
                  <title>{label}</title>
                  <path d={loc.path} fill={fill(loc.code)} />
                </a>
              );
            })}
          </svg>
          <figcaption className="fr-text--xs fr-mt-1w">
            Fond de carte : {MAP_CREDIT.author},{" "}
            <a href={MAP_CREDIT.license} className="fr-link fr-text--xs" rel="noopener" target="_blank" title="licence CC-BY-4.0 — nouvelle fenêtre">
              licence CC-BY-4.0
            </a>{" "}
            (
            <a href={MAP_CREDIT.source} className="fr-link fr-text--xs" rel="noopener" target="_blank" title="source du fond de carte — nouvelle fenêtre">
              source
            </a>
            ). Les mêmes données figurent dans le tableau ci-dessous.
          </figcaption>
        </figure>
      </div>
      <div className="fr-col-12 fr-col-md-4">
        <h3 className="fr-h6" id="legende">
          Légende ({annee === "2018" ? "novembre 2018" : "rentrée 2025"})
        </h3>
        <ul className={css.swatchList} aria-labelledby="legende">
          {entries.map((e) => (
            <li key={e.state}>
              <Swatch style={e.style} />
              <span>
                {e.state} : {territoriesCount(e.count)}
              </span>
            </li>
          ))}
        </ul>
        <h3 className="fr-h6 fr-mt-3w">Paris et petite couronne</h3>
        <svg className={css.inset} viewBox={INSET_VIEWBOX} role="group" aria-label="Agrandissement de Paris et de la petite couronne">
          <g className={css.context} aria-hidden="true">
            {MAP_LOCATIONS.filter((l) => (INSET_CONTEXT_CODES as readonly string[]).includes(l.code)).map((l) => (
              <path key={l.code} d={l.path} fill={fill(l.code)} />
            ))}
          </g>
          {MAP_LOCATIONS.filter((l) => inset.has(l.code) && byCode.has(l.code)).map((l) => {
            const label = describe(byCode.get(l.code)!, annee);
            return (
              <a key={l.code} href={`/territoires/${l.code}`} aria-label={label} data-code={l.code}>
                <title>{label}</title>
                <path d={l.path} fill={fill(l.code)} />
              </a>
            );
          })}
        </svg>
        <h3 className="fr-h6 fr-mt-3w" id="outre-mer">
          Outre-mer
        </h3>
        <ul className={css.swatchList} aria-labelledby="outre-mer">
          {outreMer.map((r) => (
            <li key={r.code}>
              <Swatch style={stateStyle(annee, etatOf(r, annee))} />
              <a href={`/territoires/${r.code}`} className="fr-link" data-code={r.code}>
                {r.name} ({r.code})
              </a>
              <span className="fr-ml-1v">: {etatOf(r, annee) ?? nonRenseigne(annee)}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
