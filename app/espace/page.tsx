import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { getDb } from "@/db/client";
import { myClaims, myOrganisations, mySchools } from "@/lib/accounts";
import { pageGuard } from "@/app/_auth/guard";
import { signOutAction } from "@/app/_auth/actions";
import { ClaimSchoolForm, CreateOrganisationForm } from "./Forms";

export const metadata: Metadata = { title: "Mon espace" };

const ROLE = { owner: "Propriétaire", member: "Membre" } as Record<string, string>;
const CLAIM = { pending: "En attente de validation", rejected: "Refusée" } as Record<string, string>;
const dateFr = (d: Date) => new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" }).format(d);

export default async function EspacePage() {
  const g = await pageGuard("account.read", null, "/espace");
  if ("forbidden" in g) return null;
  const { actor } = g;
  const db = getDb();
  const [orgs, schools, claims] = await Promise.all([myOrganisations(db, actor.id), mySchools(db, actor.id), myClaims(db, actor.id)]);
  return (
    <>
      <h1>Mon espace</h1>
      <section aria-labelledby="titre-compte" className="fr-mb-6w">
        <h2 id="titre-compte">Mon compte</h2>
        <dl>
          <dt className="fr-text--bold">Nom</dt>
          <dd>{actor.name ?? "—"}</dd>
          <dt className="fr-text--bold">Adresse électronique</dt>
          <dd>{actor.email}</dd>
        </dl>
        {actor.isAdmin && (
          <p>
            <Badge as="span" severity="info" small>
              Administrateur
            </Badge>{" "}
            <Link href="/admin">Administration de la plateforme</Link>
          </p>
        )}
        <form action={signOutAction}>
          <Button type="submit" priority="secondary">
            Se déconnecter
          </Button>
        </form>
      </section>

      <section aria-labelledby="titre-organisations" className="fr-mb-6w">
        <h2 id="titre-organisations">Mes organisations</h2>
        {orgs.length === 0 ? (
          <p>Vous n&apos;êtes membre d&apos;aucune organisation. Créez celle de votre entreprise ou demandez une invitation à son propriétaire.</p>
        ) : (
          <ul>
            {orgs.map((o) => (
              <li key={o.id}>
                <Link href={`/espace/organisations/${o.id}`}>{o.name}</Link> — SIREN {o.siren} — {ROLE[o.role] ?? o.role}
              </li>
            ))}
          </ul>
        )}
        <h3 id="titre-creer-organisation" className="fr-h5 fr-mt-4w">
          Créer une organisation
        </h3>
        <CreateOrganisationForm />
      </section>

      <section aria-labelledby="titre-etablissements">
        <h2 id="titre-etablissements">Mes établissements</h2>
        {schools.length === 0 ? (
          <p>Vous n&apos;êtes rattaché à aucun établissement.</p>
        ) : (
          <ul>
            {schools.map((s) => (
              <li key={s.uai}>
                <Link href={`/etablissements/${s.uai}`}>{s.name}</Link> — UAI {s.uai}
                {s.communeName ? ` — ${s.communeName}` : ""}
              </li>
            ))}
          </ul>
        )}
        {claims.length > 0 && (
          <>
            <h3 className="fr-h5">Mes demandes de rattachement</h3>
            <ul>
              {claims.map((c) => (
                <li key={c.id}>
                  UAI {c.uai} — {CLAIM[c.status] ?? c.status} (demande du {dateFr(c.createdAt)})
                </li>
              ))}
            </ul>
          </>
        )}
        <h3 id="titre-rattachement" className="fr-h5 fr-mt-4w">
          Demander le rattachement à un établissement
        </h3>
        <p>Chef d&apos;établissement, indiquez le numéro UAI de votre collège ou lycée : un administrateur valide la demande.</p>
        <ClaimSchoolForm />
      </section>
    </>
  );
}
