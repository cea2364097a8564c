import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/SelectNext";
import { SimpleTable } from "@/app/_components/TableFrame";
import { allGrids, currentGrid, findGrid } from "@/lib/grid/current";
import { CATEGORY_LABELS, SERVICE_CATEGORIES } from "@/lib/grid/profile";
import { BASIS_LABELS, FORCE_LABELS, type Criterion } from "@/lib/grid/schema";
import { describeApplicability, filterCriteria, gridFilterSchema } from "@/lib/grid/present";
import { formatDay } from "@/lib/format";

export const metadata: Metadata = { title: "La grille de positionnement" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function GrillePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const version = first(params.version);
  const grid = version ? findGrid(version) : currentGrid();
  if (!grid) notFound();
  const latest = currentGrid();

  const parsed = gridFilterSchema.safeParse({ axe: first(params.axe), categorie: first(params.categorie), force: first(params.force) });
  const filter = parsed.success ? parsed.data : {};
  const filterError = parsed.success
    ? grid.axes.some((a) => a.id === filter.axe) || !filter.axe
      ? null
      : "Axe inconnu : tous les axes sont affichés."
    : `${parsed.error.issues.map((i) => i.message).join(" ; ")} : le filtre a été ignoré.`;
  if (filterError && filter.axe && !grid.axes.some((a) => a.id === filter.axe)) delete filter.axe;
  const shown = filterCriteria(grid, filter);
  const isFiltered = Boolean(filter.axe || filter.categorie || filter.force);
  const exportQuery = `version=${encodeURIComponent(grid.version)}`;

  return (
    <>
      <h1>La grille de positionnement</h1>
      <p className="fr-text--lead">
        {grid.label}, du {formatDay(grid.date)} : {grid.criteria.length} critères répartis en {grid.axes.length} axes.
      </p>
      {grid.origine === "lecture" && (
        <Alert
          severity="info"
          small
          className="fr-mb-3w"
          description="La liste officielle des critères du ministère n'est pas encore publiée : cette grille est notre lecture de la doctrine technique. Chaque critère dit s'il repose sur un texte officiel ou sur notre lecture, et s'il est opposable ou recommandé."
        />
      )}
      {grid.version !== latest.version && (
        <Alert severity="warning" small className="fr-mb-3w" description={`Vous consultez une version antérieure. La version en vigueur est la ${latest.version}.`} />
      )}
      <p>{grid.description}</p>

      <h2>Résumé par axe</h2>
      <SimpleTable
        caption="Nombre de critères par axe"
        headers={["Axe", "Critères", "Opposables", "Fondés sur un texte officiel"]}
        stack
        bordered
        rows={grid.axes.map((axis) => {
          const list = grid.criteria.filter((c) => c.axis === axis.id);
          return [axis.label, String(list.length), String(list.filter((c) => c.force === "opposable").length), String(list.filter((c) => c.basis === "officiel").length)];
        })}
      />

      <form method="get" action="/grille" className="fr-mb-4w" aria-labelledby="filtres-titre">
        <h2 id="filtres-titre">Filtrer les critères</h2>
        {filterError && <Alert severity="warning" small className="fr-mb-2w" description={filterError} />}
        <input type="hidden" name="version" value={grid.version} />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label="Axe"
              nativeSelectProps={{ name: "axe", defaultValue: filter.axe ?? "" }}
              options={[{ value: "", label: "Tous les axes" }, ...grid.axes.map((a) => ({ value: a.id, label: a.label }))]}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label="Catégorie de service"
              hint="Critères qui peuvent s'appliquer à cette catégorie"
              nativeSelectProps={{ name: "categorie", defaultValue: filter.categorie ?? "" }}
              options={[{ value: "", label: "Toutes les catégories" }, ...SERVICE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))]}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label="Force"
              nativeSelectProps={{ name: "force", defaultValue: filter.force ?? "" }}
              options={[
                { value: "", label: "Opposables et recommandés" },
                { value: "opposable", label: "Opposables seulement" },
                { value: "recommande", label: "Recommandés seulement" },
              ]}
            />
          </div>
        </div>
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
          <li>
            <Button type="submit">Filtrer</Button>
          </li>
          {isFiltered && (
            <li>
              <Button priority="secondary" linkProps={{ href: `/grille?version=${encodeURIComponent(grid.version)}` }}>
                Effacer les filtres
              </Button>
            </li>
          )}
        </ul>
      </form>

      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        {allGrids().length > 1 && (
          <form method="get" action="/grille" className="fr-col-12 fr-col-md-6">
            <Select
              label="Version de la grille"
              nativeSelectProps={{ name: "version", defaultValue: grid.version }}
              options={[...allGrids()].reverse().map((g) => ({ value: g.version, label: `${g.version} — ${g.label}` }))}
            />
            <Button type="submit" priority="secondary" className="fr-mt-1w">
              Afficher cette version
            </Button>
          </form>
        )}
        <div className="fr-col-12 fr-col-md-6">
          <h2 className="fr-h6">Télécharger la grille {grid.version}</h2>
          <ul>
            <li>
              <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/grille/export?${exportQuery}&format=csv`} download>
                Format CSV (tableur)
              </a>
            </li>
            <li>
              <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/grille/export?${exportQuery}&format=json`} download>
                Format JSON (données)
              </a>
            </li>
          </ul>
        </div>
      </div>

      <p role="status" className="fr-text--bold">
        {isFiltered ? `${shown.length} critère${shown.length > 1 ? "s" : ""} sur ${grid.criteria.length} correspond${shown.length > 1 ? "ent" : ""} aux filtres.` : `${shown.length} critères.`}
      </p>
      {shown.length === 0 && <p>Aucun critère ne correspond à ces filtres. Élargissez la recherche ou effacez les filtres.</p>}

      {grid.axes.map((axis) => {
        const inAxis = shown.filter((c) => c.axis === axis.id);
        if (inAxis.length === 0) return null;
        return (
          <section key={axis.id} aria-labelledby={`axe-${axis.id}`} className="fr-mt-6w">
            <h2 id={`axe-${axis.id}`}>{axis.label}</h2>
            {axis.description && <p>{axis.description}</p>}
            {axis.themes.map((theme) => {
              const inTheme = inAxis.filter((c) => c.theme === theme.id);
              if (inTheme.length === 0) return null;
              return (
                <section key={theme.id} aria-labelledby={`theme-${axis.id}-${theme.id}`}>
                  <h3 id={`theme-${axis.id}-${theme.id}`} className="fr-mt-4w">
                    {theme.label}
                  </h3>
                  {inTheme.map((c) => (
                    <CriterionCard key={c.id} criterion={c} />
                  ))}
                </section>
              );
            })}
          </section>
        );
      })}
    </>
  );
}

function CriterionCard({ criterion: c }: { criterion: Criterion }) {
  return (
    <article id={c.id} className="fr-card fr-card--no-arrow fr-mb-3w" aria-labelledby={`${c.id}-titre`} tabIndex={-1}>
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h4 id={`${c.id}-titre`} className="fr-card__title">
            <a href={`#${c.id}`} className="fr-link" title={`Lien direct vers le critère ${c.id}`}>
              {c.id}
            </a>{" "}
            — {c.title}
          </h4>
          <ul className="fr-badges-group fr-mt-1w">
            <li>
              <Badge severity={c.basis === "officiel" ? "info" : "new"} noIcon>
                {BASIS_LABELS[c.basis]}
              </Badge>
            </li>
            <li>
              <Badge severity={c.force === "opposable" ? "error" : undefined} noIcon>
                {FORCE_LABELS[c.force]}
              </Badge>
            </li>
            <li>
              <Badge noIcon>Poids {c.poids}</Badge>
            </li>
          </ul>
          <div className="fr-card__desc">
            <p>
              <strong>Attendu : </strong>
              {c.attendu}
            </p>
            <SimpleTable
              caption={`Niveaux du critère ${c.id}`}
              headers={["Niveau", "Signification pour ce critère"]}
              rows={c.niveaux.map((text, level) => [String(level), text])}
              className="fr-mb-2w"
              bordered
            />
            {c.aide && (
              <p>
                <strong>À savoir : </strong>
                {c.aide}
              </p>
            )}
            <p>
              <strong>Applicabilité : </strong>
              {describeApplicability(c.applicabilite)}
            </p>
            {c.preuves.length > 0 && (
              <>
                <p className="fr-mb-1v">
                  <strong>Preuves possibles :</strong>
                </p>
                <ul>
                  {c.preuves.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            )}
            <p>
              <strong>Référence : </strong>
              {c.reference.document}
              {c.reference.section ? `, ${c.reference.section}` : ""}
              {c.reference.url && (
                <>
                  {" — "}
                  <a href={c.reference.url} target="_blank" rel="noopener noreferrer" title={`${c.reference.document} (nouvelle fenêtre)`}>
                    consulter la source
                  </a>
                </>
              )}
            </p>
          </div>
        </div>
      </div>
    </article>
  );
}
