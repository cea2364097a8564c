import { SORT_COLUMNS, nonRenseigne, sortDepartements, territoiresHref, type DepartementRow, type TerritoiresQuery } from "@/lib/territory";
import { formatInteger } from "@/lib/format";
import { builtFrom, escapeHtml } from "./html";
import { TableFrame } from "@/app/_components/TableFrame";
import css from "../territoires.module.css";

/** Empty number in the source: a dash for the eye, words for screen readers. */
function count(value: number | null, missing: string): string {
  if (value != null) return escapeHtml(formatInteger(value));
  return `<span aria-hidden="true">—</span><span class="fr-sr-only">${escapeHtml(missing)}</span>`;
}

function headerCell(c: (typeof SORT_COLUMNS)[number], query: TerritoiresQuery): string {
  const active = query.tri === c.key;
  const next: TerritoiresQuery = { ...query, tri: c.key, ordre: active && query.ordre === "asc" ? "desc" : "asc" };
  const sort = active ? ` aria-sort="${query.ordre === "asc" ? "ascending" : "descending"}"` : "";
  const arrow = active ? `<span class="${css.sortArrow}" aria-hidden="true">${query.ordre === "asc" ? "▲" : "▼"}</span>` : "";
  return (
    `<th scope="col"${sort}><a class="fr-link ${css.sortLink}" href="${escapeHtml(territoiresHref(next, "#tableau"))}">${escapeHtml(c.label)}` +
    `<span class="fr-sr-only"> — trier par ordre ${next.ordre === "asc" ? "croissant" : "décroissant"}</span>${arrow}</a></th>`
  );
}

/**
 * A row, without the end tags of its cells and of itself: HTML lets the parser close them, and
 * the markup is sent twice, in the page and in the React payload (where each < or > takes six bytes).
 */
function bodyRow(r: DepartementRow): string {
  const code = escapeHtml(r.code);
  return (
    `<tr data-code="${code}"><td>${code}` +
    `<th scope="row"><a class="fr-link" href="/territoires/${code}">${escapeHtml(r.name)}</a>` +
    `<td>${escapeHtml(r.academie)}` +
    `<td>${escapeHtml(r.etat2018 ?? nonRenseigne("2018"))}` +
    `<td>${count(r.collegesPublics2018, nonRenseigne("2018"))}` +
    `<td>${count(r.collegesPrives2018, nonRenseigne("2018"))}` +
    `<td>${escapeHtml(r.etat2025 ?? nonRenseigne("2025"))}` +
    `<td>${count(r.collegesPublicsAvecEnt2025, "non publié (« - » dans le tableau source)")}`
  );
}

function captionOf(rows: DepartementRow[], query: TerritoiresQuery): string {
  const sortedLabel = SORT_COLUMNS.find((c) => c.key === query.tri)?.label ?? "Code";
  return (
    `État du déploiement des ENT dans les collèges, par département (2018 et 2025) — ${rows.length} lignes, triées par «\u00a0` +
    `${sortedLabel}\u00a0» (${query.ordre === "asc" ? "ordre croissant" : "ordre décroissant"})`
  );
}

function tableHtml(rows: DepartementRow[], query: TerritoiresQuery): string {
  return (
    `<table><caption>${escapeHtml(captionOf(rows, query))}</caption>` +
    `<thead><tr>${SORT_COLUMNS.map((c) => headerCell(c, query)).join("")}</tr></thead>` +
    `<tbody>${sortDepartements(rows, query.tri, query.ordre).map(bodyRow).join("")}</tbody></table>`
  );
}

/**
 * The map's data as a table, sortable by links (?tri=…&ordre=…): works without JavaScript.
 * The sorted column carries aria-sort. Written as one string, like the map, once per sort and
 * year while the rows stay in memory: as some 1,300 React elements it cost about 20 ms of server
 * time on every request of /territoires.
 */
export function DepartementsTable({ rows, query }: { rows: DepartementRow[]; query: TerritoiresQuery }) {
  const html = builtFrom(rows, `tableau:${query.annee}:${query.tri}:${query.ordre}`, () => tableHtml(rows, query));
  // The numbers are right-aligned by the stylesheet (.departements), not by a class on each cell.
  // On a narrow screen the table scrolls in its focusable container (TableFrame), with a hint.
  return <TableFrame html={html} caption={captionOf(rows, query)} label="Tableau par département" bordered className={css.departements} />;
}
