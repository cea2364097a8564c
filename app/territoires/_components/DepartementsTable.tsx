import { SORT_COLUMNS, nonRenseigne, territoiresHref, type DepartementRow, type TerritoiresQuery } from "@/lib/territory";
import { formatInteger } from "@/lib/format";
import css from "../territoires.module.css";

/** Empty number in the source: a dash for the eye, words for screen readers. */
function Count({ value, missing }: { value: number | null; missing: string }) {
  if (value != null) return <>{formatInteger(value)}</>;
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="fr-sr-only">{missing}</span>
    </>
  );
}

/**
 * The map's data as a table, sortable by links (?tri=…&ordre=…): works without JavaScript.
 * The sorted column carries aria-sort.
 */
export function DepartementsTable({ rows, query }: { rows: DepartementRow[]; query: TerritoiresQuery }) {
  const sortedLabel = SORT_COLUMNS.find((c) => c.key === query.tri)?.label ?? "Code";
  return (
    <div className="fr-table fr-table--bordered">
      <table>
        <caption>
          État du déploiement des ENT dans les collèges, par département (2018 et 2025) — {rows.length} lignes, triées par «&nbsp;
          {sortedLabel}&nbsp;» ({query.ordre === "asc" ? "ordre croissant" : "ordre décroissant"})
        </caption>
        <thead>
          <tr>
            {SORT_COLUMNS.map((c) => {
              const active = query.tri === c.key;
              const next: TerritoiresQuery = { ...query, tri: c.key, ordre: active && query.ordre === "asc" ? "desc" : "asc" };
              return (
                <th key={c.key} scope="col" aria-sort={active ? (query.ordre === "asc" ? "ascending" : "descending") : undefined}>
                  <a className={`fr-link ${css.sortLink}`} href={territoiresHref(next, "#tableau")}>
                    {c.label}
                    <span className="fr-sr-only">
                      {" "}
                      — trier par ordre {next.ordre === "asc" ? "croissant" : "décroissant"}
                    </span>
                    {active && (
                      <span className={css.sortArrow} aria-hidden="true">
                        {query.ordre === "asc" ? "▲" : "▼"}
                      </span>
                    )}
                  </a>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-code={r.code}>
              <td>{r.code}</td>
              <th scope="row">
                <a className="fr-link" href={`/territoires/${r.code}`}>
                  {r.name}
                </a>
              </th>
              <td>{r.academie}</td>
              <td>{r.etat2018 ?? nonRenseigne("2018")}</td>
              <td className={css.numeric}>
                <Count value={r.collegesPublics2018} missing={nonRenseigne("2018")} />
              </td>
              <td className={css.numeric}>
                <Count value={r.collegesPrives2018} missing={nonRenseigne("2018")} />
              </td>
              <td>{r.etat2025 ?? nonRenseigne("2025")}</td>
              <td className={css.numeric}>
                <Count value={r.collegesPublicsAvecEnt2025} missing="non publié (« - » dans le tableau source)" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
