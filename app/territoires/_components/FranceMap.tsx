import { INSET_CODES, INSET_CONTEXT_CODES, INSET_VIEWBOX, MAP_CREDIT, MAP_LOCATIONS, MAP_VIEWBOX, mapShapeHref } from "@/lib/territory-map";
import { etatOf, legend, nonRenseigne, plural, stateStyle, territoriesCount, type Annee, type DepartementRow } from "@/lib/territory";
import { FILLS, insetFill, swatchMarkup } from "./MapStyles";
import { builtFrom, escapeHtml } from "./html";
import css from "../territoires.module.css";

type Props = { rows: DepartementRow[]; annee: Annee };

/** What a screen reader (and the tooltip) says for a département. */
function describe(row: DepartementRow, annee: Annee): string {
  const etat = etatOf(row, annee) ?? nonRenseigne(annee);
  const count =
    annee === "2018"
      ? row.etat2018 != null
        ? `, ${plural(row.collegesPublics2018 ?? 0, "collège public", "collèges publics")} et ${plural(row.collegesPrives2018 ?? 0, "privé")} du projet`
        : ""
      : row.collegesPublicsAvecEnt2025 != null
        ? `, ${plural(row.collegesPublicsAvecEnt2025, "collège public", "collèges publics")} avec ENT`
        : "";
  return `${row.name} (${row.code}) : ${etat}${count}`;
}


function fillOf(byCode: Map<string, DepartementRow>, code: string, annee: Annee, inset: boolean): string {
  const row = byCode.get(code);
  const fill = FILLS[row ? stateStyle(annee, etatOf(row, annee)) : "nd"];
  return inset ? insetFill(fill) : fill;
}

/**
 * A département as a link named for screen readers (with a tooltip), or a plain shape. The shape
 * itself is a `<use>` of the cached sprite (lib/territory-map.ts): only its fill is written here.
 */
function shape(byCode: Map<string, DepartementRow>, code: string, annee: Annee, linked: boolean, inset = false): string {
  const row = byCode.get(code);
  const use = `<use href="${escapeHtml(mapShapeHref(code))}" fill="${fillOf(byCode, code, annee, inset)}"${linked && row ? "" : ' aria-hidden="true"'}/>`;
  if (!linked || !row) return use;
  const label = describe(row, annee);
  return `<a href="/territoires/${escapeHtml(code)}" aria-label="${escapeHtml(label)}" data-code="${escapeHtml(code)}"><title>${escapeHtml(label)}</title>${use}</a>`;
}

function mainMapSvg(byCode: Map<string, DepartementRow>, annee: Annee): string {
  const inset = new Set<string>(INSET_CODES);
  const name = `Carte de la France métropolitaine par département, état du déploiement ${annee === "2018" ? "en novembre 2018" : "à la rentrée 2025"}`;
  // Paris and the petite couronne are drawn here and linked from the inset.
  const shapes = MAP_LOCATIONS.map((l) => shape(byCode, l.code, annee, !inset.has(l.code))).join("");
  return `<svg class="${css.map}" viewBox="${MAP_VIEWBOX}" role="group" aria-label="${escapeHtml(name)}">${shapes}</svg>`;
}

function insetSvg(byCode: Map<string, DepartementRow>, annee: Annee): string {
  const context = MAP_LOCATIONS.filter((l) => (INSET_CONTEXT_CODES as readonly string[]).includes(l.code))
    .map((l) => shape(byCode, l.code, annee, false, true))
    .join("");
  const linked = MAP_LOCATIONS.filter((l) => (INSET_CODES as readonly string[]).includes(l.code))
    .map((l) => shape(byCode, l.code, annee, true, true))
    .join("");
  return `<svg class="${css.inset}" viewBox="${INSET_VIEWBOX}" role="group" aria-label="Agrandissement de Paris et de la petite couronne"><g aria-hidden="true">${context}</g>${linked}</svg>`;
}

function block(rows: DepartementRow[], annee: Annee): string {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const year = annee === "2018" ? "novembre 2018" : "rentrée 2025";
  const legendItems = legend(rows, annee)
    .map((e) => `<li>${swatchMarkup(e.style)}<span>${escapeHtml(`${e.state} : ${territoriesCount(e.count)}`)}</span></li>`)
    .join("");
  const outreMer = rows
    .filter((r) => r.zone !== "metro")
    .map((r) => {
      const code = escapeHtml(r.code);
      return (
        `<li>${swatchMarkup(stateStyle(annee, etatOf(r, annee)))}` +
        `<span><a href="/territoires/${code}" class="fr-link" data-code="${code}">${escapeHtml(`${r.name} (${r.code})`)}</a>` +
        ` : ${escapeHtml(etatOf(r, annee) ?? nonRenseigne(annee))}</span></li>`
      );
    })
    .join("");
  return (
    '<div class="fr-col-12 fr-col-md-8"><figure class="fr-m-0">' +
    `<div>${mainMapSvg(byCode, annee)}</div>` +
    `<figcaption class="fr-text--xs fr-mt-1w">Fond de carte : ${escapeHtml(MAP_CREDIT.author)}, ` +
    `<a href="${escapeHtml(MAP_CREDIT.license)}" class="fr-link fr-text--xs" rel="noopener" target="_blank" title="licence CC-BY-4.0 — nouvelle fenêtre">licence CC-BY-4.0</a> ` +
    `(<a href="${escapeHtml(MAP_CREDIT.source)}" class="fr-link fr-text--xs" rel="noopener" target="_blank" title="source du fond de carte — nouvelle fenêtre">source</a>). ` +
    "Les mêmes données figurent dans le tableau ci-dessous.</figcaption></figure></div>" +
    '<div class="fr-col-12 fr-col-md-4">' +
    `<h3 class="fr-h6" id="legende">Légende (${year})</h3><ul class="${css.swatchList}" aria-labelledby="legende">${legendItems}</ul>` +
    '<h3 class="fr-h6 fr-mt-3w">Paris et petite couronne</h3>' +
    '<p class="fr-text--xs fr-mb-1w">Agrandissement ; les départements voisins y sont liés depuis la carte.</p>' +
    `<div>${insetSvg(byCode, annee)}</div>` +
    `<h3 class="fr-h6 fr-mt-3w" id="outre-mer">Outre-mer</h3><ul class="${css.swatchList}" aria-labelledby="outre-mer">${outreMer}</ul>` +
    "</div>"
  );
}

/**
 * Server-rendered map: every metropolitan département is a link to its page, named for screen
 * readers; Paris and the petite couronne are linked from an enlarged inset; DROM and COM are listed.
 * Needs no client JavaScript. Written as one string, once per year while the rows stay in memory:
 * as React elements (some 300 for the shapes, 80 for the legend and lists) it cost several ms of
 * server time on every request of /territoires.
 */
export function FranceMap({ rows, annee }: Props) {
  return <div className="fr-grid-row fr-grid-row--gutters" dangerouslySetInnerHTML={{ __html: builtFrom(rows, `carte:${annee}`, () => block(rows, annee)) }} />;
}
