import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { deadlineText, type Deadline } from "@/lib/settings";
import type { DepartementRow, ProjetEnt } from "@/lib/territory";
import type { SchoolRecord } from "@/lib/schools/store";
import { ContexteTerritorial } from "@/app/territoires/_components/ContexteTerritorial";

/** The page's title: the school's name (marked when it is a demonstration school) and what the page is for. */
export function SchoolTitle({ school }: { school: SchoolRecord }) {
  return (
    <>
      <h1>
        {school.name}
        {school.isDemo && (
          <>
            {" "}
            <Badge as="span" small severity="new" noIcon>
              démonstration
            </Badge>
          </>
        )}
      </h1>
      <p className="fr-text--lead">Les services numériques utilisés par l&apos;établissement, leur positionnement publié et vos décisions.</p>
    </>
  );
}

/** UAI, type, sector, commune, département, and the deadline the services must meet. */
export function SchoolIdentity({ school, departement, deadline }: { school: SchoolRecord; departement: DepartementRow | null; deadline: Deadline | null }) {
  return (
    <section aria-labelledby="titre-identite" className="fr-mb-6w">
      <h2 id="titre-identite">Identité de l&apos;établissement</h2>
      <dl className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <dt className="fr-text--bold">UAI</dt>
          <dd>{school.uai}</dd>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <dt className="fr-text--bold">Type</dt>
          <dd>{school.kind ?? "non renseigné"}</dd>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <dt className="fr-text--bold">Secteur</dt>
          <dd>{school.isPublic ? "Public" : "Privé"}</dd>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <dt className="fr-text--bold">Commune</dt>
          <dd>
            {school.communeName ?? "non renseignée"}
            {school.communeCode ? ` (code Insee ${school.communeCode})` : ""}
          </dd>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <dt className="fr-text--bold">Département</dt>
          <dd>
            {departement ? (
              <Link href={`/territoires/${departement.code}`}>
                {departement.name} ({departement.code})
              </Link>
            ) : (
              "non renseigné"
            )}
          </dd>
        </div>
      </dl>
      <p>
        Échéance de mise en conformité des services (code de l&apos;éducation, art. R.421-78-3) : <strong>{deadlineText(deadline)}</strong>.
      </p>
    </section>
  );
}

/** The ENT context of the school's département (or why it cannot be shown). */
export function SchoolTerritory({ departement, projets }: { departement: DepartementRow | null; projets: ProjetEnt[] }) {
  return (
    <div className="fr-mb-6w">
      {departement ? (
        <ContexteTerritorial row={departement} projets={projets} level={2} />
      ) : (
        <section aria-labelledby="titre-contexte">
          <h2 id="titre-contexte">Contexte territorial</h2>
          <p>Le département de l&apos;établissement n&apos;est pas renseigné : le contexte territorial ne peut pas être affiché.</p>
        </section>
      )}
    </div>
  );
}
