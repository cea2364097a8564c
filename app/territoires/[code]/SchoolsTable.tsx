import type { SchoolRow } from "@/lib/territory";
import { TableFrame } from "@/app/_components/TableFrame";
import { builtFrom, escapeHtml } from "../_components/html";

/** The DSFR badge (Badge as="span" small severity="new" noIcon) as markup. */
const DEMO_BADGE = '<span class="fr-badge fr-badge--new fr-badge--sm fr-badge--no-icon">démonstration</span>';

/**
 * A row, without the end tags of its cells and of itself: HTML lets the parser close them, and
 * the markup is sent twice, in the page and in the React payload (where each < or > takes six bytes).
 */
function row(s: SchoolRow): string {
  return (
    `<tr><td>${escapeHtml(s.uai)}<th scope="row">${escapeHtml(s.name)}${s.isDemo ? ` ${DEMO_BADGE}` : ""}` +
    `<td>${escapeHtml(s.kind ?? "—")}<td>${escapeHtml(s.communeName ?? "—")}<td>${s.isPublic ? "public" : "privé"}`
  );
}

function captionOf(rows: SchoolRow[]): string {
  const n = rows.length;
  return `${n} établissement${n > 1 ? "s" : ""} du territoire inscrit${n > 1 ? "s" : ""} sur la plateforme`;
}

function tableHtml(rows: SchoolRow[]): string {
  return (
    `<table><caption>${escapeHtml(captionOf(rows))}</caption>` +
    '<thead><tr><th scope="col">UAI</th><th scope="col">Établissement</th><th scope="col">Type</th><th scope="col">Commune</th><th scope="col">Secteur</th></tr></thead>' +
    `<tbody>${rows.map(row).join("")}</tbody></table>`
  );
}

/**
 * Schools of the territory known to the platform. Written as one string, like the map and the
 * table of /territoires, once per list kept in memory (listSchoolsForDepartementCached): a
 * département can hold some 600 schools, and as React elements (some 4,600) their rows cost about
 * 100 ms of server time per request.
 */
export function SchoolsTable({ rows }: { rows: SchoolRow[] }) {
  const html = builtFrom(rows, "etablissements", () => tableHtml(rows));
  return <TableFrame html={html} caption={captionOf(rows)} label="Établissements connus de la plateforme" bordered />;
}
