import type { Metadata } from "next";
import { connection } from "next/server";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { getDb } from "@/db/client";
import {
  groupBy,
  listDepartementsCached,
  listNationalFiguresCached,
  parseTerritoiresQuery,
  pickNationalFigures,
  territoiresHref,
  type DepartementRow,
  type TerritoryGroup,
} from "@/lib/territory";
import { formatInteger, formatNumber } from "@/lib/format";
import { FranceMap } from "./_components/FranceMap";
import { MapPatternDefs } from "./_components/MapStyles";
import { DepartementsTable } from "./_components/DepartementsTable";
import { builtFrom, escapeHtml } from "./_components/html";

export const metadata: Metadata = { title: "Territoires" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function figureValue(value: number, unit: string): string {
  if (unit === "%") return `${formatNumber(value)} %`;
  const approx = unit.includes("(approx.)") ? "≈ " : unit.includes("(minimum)") ? "plus de " : "";
  return `${approx}${formatInteger(value)}`;
}

/** Links to every région académique and académie, written once as a string while the rows stay in memory (some 110 elements). */
function groupLinks(rows: DepartementRow[]): string {
  const list = (kind: TerritoryGroup["kind"]) =>
    groupBy(rows, kind)
      .map((g) => `<li><a class="fr-link" href="/territoires/${kind}/${escapeHtml(g.slug)}">${escapeHtml(g.name)}</a></li>`)
      .join("");
  return (
    `<div class="fr-col-12 fr-col-md-6"><h3 class="fr-h6">Régions académiques</h3><ul>${list("region-academique")}</ul></div>` +
    `<div class="fr-col-12 fr-col-md-6"><h3 class="fr-h6">Académies et vice-rectorats</h3><ul>${list("academie")}</ul></div>`
  );
}

export default async function TerritoiresPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const { query, errors } = parseTerritoiresQuery(await searchParams);
  const db = getDb();
  const [rows, figures] = await Promise.all([listDepartementsCached(db), listNationalFiguresCached(db)]);
  const national = pickNationalFigures(figures);

  return (
    <>
      <MapPatternDefs />
      <h1>Déploiement des ENT par territoire</h1>
      <p className="fr-text--lead">
        L&apos;état du déploiement des espaces numériques de travail (ENT) dans les collèges, par département, en novembre 2018
        et à la rentrée 2025, d&apos;après les tableaux publiés par le ministère.
      </p>
      {errors.length > 0 && (
        <Alert severity="warning" small className="fr-mb-3w" title="Adresse en partie ignorée" description={errors.join(" ")} />
      )}
      <div className="fr-callout fr-mb-4w">
        <p className="fr-callout__text">
          Les deux années ne se comparent pas directement : en 2018, l&apos;état décrit l&apos;avancement du projet et compte les
          collèges « du projet », publics et privés ; en 2025, il est issu des données DNMA et compte les collèges publics ayant un
          ENT. Les valeurs sont reproduites telles que publiées, incohérences comprises.
        </p>
      </div>

      <h2 id="carte">Carte {query.annee === "2018" ? "de novembre 2018" : "de la rentrée 2025"}</h2>
      <nav aria-label="Année affichée sur la carte" className="fr-mb-2w">
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          {(["2025", "2018"] as const).map((annee) => (
            <li key={annee}>
              <a
                className={`fr-btn fr-btn--sm${query.annee === annee ? "" : " fr-btn--secondary"}`}
                href={territoiresHref({ ...query, annee }, "#carte")}
                aria-current={query.annee === annee ? "true" : undefined}
              >
                {annee === "2025" ? "Rentrée 2025" : "Novembre 2018"}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="fr-text--sm">
        Chaque département mène à sa page. <a href="#tableau">Passer la carte et aller au tableau</a>.
      </p>
      <FranceMap rows={rows} annee={query.annee} />

      {national.length > 0 && (
        <>
          <h2 className="fr-mt-4w">Chiffres nationaux 2025</h2>
          <p className="fr-text--sm">
            Journée nationale des porteurs de projets ENT, 19 novembre 2025 (état des lieux mis à jour le 15 décembre 2025).
          </p>
          <ul>
            {national.map((f) => (
              <li key={f.id}>
                <strong>{f.indicator}</strong> : {figureValue(f.value, f.unit)} <span className="fr-text--xs">({f.scope})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 id="tableau" className="fr-mt-4w">
        Tableau par département
      </h2>
      <p>
        <a className="fr-link fr-link--download" href="/territoires/export" download aria-describedby="export-detail">
          Télécharger le tableau
        </a>
        <span id="export-detail" className="fr-hint-text fr-mt-1v">
          CSV – {rows.length} lignes, UTF-8, séparateur point-virgule
        </span>
      </p>
      <DepartementsTable rows={rows} query={query} />

      <h2 className="fr-mt-4w">Académies et régions académiques</h2>
      <div className="fr-grid-row fr-grid-row--gutters" dangerouslySetInnerHTML={{ __html: builtFrom(rows, "groupes", () => groupLinks(rows)) }} />
    </>
  );
}
