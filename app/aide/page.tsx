import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Summary } from "@codegouvfr/react-dsfr/Summary";
import { PUBLICATION_STATE_LABELS, type PublicationState } from "@/lib/assessment/publication-state";
import { CONFORMITY_LABELS, CONFORMITY_THRESHOLD, MATURITY_BANDS, MATURITY_STATE_LABELS, type ConformityStatus } from "@/lib/scoring";
import { DECISIONS, DECISION_HINTS } from "@/lib/schools/input";
import { FRESHNESS_MONTHS, PUBLISHED_CONFORMITY_SHORT } from "@/lib/schools/overview";
import { ConformityBadge, DecisionBadge } from "@/app/etablissements/_components/badges";
import { ContactLink } from "@/app/_components/Contact";
import { ARCHIVED_BY_EDITOR_LABEL, ARCHIVED_LABEL } from "@/lib/assessment/archived";
import { HELP_SECTIONS } from "@/app/_components/site";

export const metadata: Metadata = { title: "Aide" };


const STATE_SEVERITY: Record<PublicationState, "info" | "success" | "warning"> = { brouillon: "info", publiee: "success", modifiee: "warning" };

const STATE_MEANING: Record<PublicationState, string> = {
  brouillon:
    "Le service n'a jamais été publié. Le positionnement n'est visible que des membres de votre organisation ; il n'apparaît ni dans la liste des services positionnés ni pour les établissements.",
  publiee:
    "La page publique du service montre exactement vos réponses actuelles. Les établissements qui utilisent le service voient cette publication.",
  modifiee:
    "Des réponses, le profil du service ou la version de la grille ont changé depuis la dernière publication. La page publique montre toujours la dernière publication : publiez à nouveau pour la mettre à jour, ou revenez à la version publiée.",
};

const CONFORMITY_MEANING: Record<ConformityStatus, string> = {
  conforme: `Chaque critère opposable applicable au service atteint au moins le niveau ${CONFORMITY_THRESHOLD}, ou est déclaré non applicable avec une raison.`,
  "non-conforme": `Au moins un critère opposable est sous le niveau ${CONFORMITY_THRESHOLD} : ce sont les écarts, à résorber avant l'échéance.`,
  incomplet: "Des critères opposables n'ont pas encore de réponse : la conformité ne peut pas être établie.",
};

export default function AidePage() {
  return (
    <>
      <h1>Aide</h1>
      <p className="fr-text--lead">
        Ce que vous pouvez faire sur la plateforme selon votre rôle, par où commencer, et ce que signifient les états affichés.
      </p>
      <Summary links={HELP_SECTIONS.map((s) => ({ text: s.title, linkProps: { href: `#${s.id}` } }))} className="fr-mb-6w" />

      <section aria-labelledby="editeurs" className="fr-mb-6w">
        <h2 id="editeurs">{HELP_SECTIONS[0].title}</h2>
        <p>Vous positionnez chacun de vos services sur la grille, voyez vos écarts avant l&apos;échéance, puis publiez le résultat.</p>
        <h3 className="fr-h5">Par où commencer</h3>
        <ol>
          <li>
            <Link href="/inscription">Créez un compte</Link> (ou ouvrez le lien d&apos;invitation reçu d&apos;un collègue : vous rejoignez alors
            directement son organisation).
          </li>
          <li>
            Dans <Link href="/espace">Mon espace</Link>, « Créer une organisation » avec le nom et le numéro SIREN de votre entreprise ou de
            votre organisme. Vous en devenez propriétaire et pouvez inviter vos collègues.
          </li>
          <li>
            Dans <Link href="/mes-services">Mes services</Link>, « Créer un service » et répondez à son profil (catégorie, publics, données
            d&apos;élèves…) : le profil décide des critères qui s&apos;appliquent.
          </li>
          <li>
            « Remplir le positionnement », axe par axe : pour chaque critère, un niveau de 0 à 4 avec une justification et, si possible, des
            liens vers des preuves ; « non applicable » demande une raison. Chaque réponse est enregistrée dès que vous la donnez.
          </li>
          <li>
            Suivez les scores (maturité par axe, conformité, écarts) sur la page du service, puis « Publier » quand tous les critères
            applicables ont une réponse. Le rapport PDF et les exports CSV et JSON se téléchargent depuis la même page.
          </li>
        </ol>
        <p>
          La <Link href="/methode">méthode de calcul</Link> explique chaque score ; la <Link href="/grille">grille</Link> détaille les critères et
          leurs niveaux.
        </p>
        <p>
          Vous ne proposez plus un service ? « Archiver ce service », sur sa page, le retire du catalogue sans effacer ses publications ;
          les établissements qui l&apos;utilisent en sont informés. Il reste dans « Mes services », section « Services archivés »,
          d&apos;où « Restaurer » le remet en place.
        </p>
      </section>

      <section aria-labelledby="chefs" className="fr-mb-6w">
        <h2 id="chefs">{HELP_SECTIONS[1].title}</h2>
        <p>
          Vous retrouvez les services numériques de votre établissement avec leur positionnement publié, consignez une décision pour chacun
          et téléchargez un rapport de conformité pour le conseil d&apos;administration.
        </p>
        <h3 className="fr-h5">Par où commencer</h3>
        <ol>
          <li>
            <Link href="/inscription">Créez un compte</Link> ou connectez-vous avec ProConnect quand l&apos;instance le propose.
          </li>
          <li>
            Dans <Link href="/espace">Mon espace</Link>, « Demander le rattachement à un établissement » avec le numéro UAI de votre collège ou
            lycée (7 chiffres et une lettre, par exemple 0260015A). Un administrateur valide la demande ; vous voyez ensuite « Mon
            établissement » dans le menu.
          </li>
          <li>
            Sur la page de l&apos;établissement, ajoutez les services utilisés : « Rechercher dans le catalogue » pour ceux que leur éditeur a
            positionnés, « Déclarer ce service » pour les autres (ils apparaissent comme « {PUBLISHED_CONFORMITY_SHORT["non-positionne"]} »).
          </li>
          <li>
            Ouvrez chaque service, lisez sa dernière publication et ses écarts, puis enregistrez votre décision avec un commentaire et, si
            besoin, la date de la prochaine revue.
          </li>
          <li>Téléchargez le rapport de conformité (PDF) ou le tableau des services (CSV) depuis la page de l&apos;établissement.</li>
        </ol>
        <p>
          Seuls les chefs rattachés à l&apos;établissement (et les administrateurs) voient ses services et ses décisions ; les éditeurs
          apprennent seulement combien d&apos;établissements déclarent utiliser leur service.
        </p>
      </section>

      <section aria-labelledby="visiteurs" className="fr-mb-6w">
        <h2 id="visiteurs">{HELP_SECTIONS[2].title}</h2>
        <p>Sans compte, vous pouvez tout lire de ce qui est public :</p>
        <ul>
          <li>
            <Link href="/grille">la grille de positionnement</Link>, ses critères, leurs niveaux et les textes dont ils viennent ;
          </li>
          <li>
            <Link href="/methode">la méthode de calcul</Link> des maturités et de la conformité ;
          </li>
          <li>
            <Link href="/services">les services positionnés</Link>, avec leur dernière publication, leur rapport PDF et leurs publications
            précédentes ;
          </li>
          <li>
            <Link href="/territoires">le déploiement des ENT par territoire</Link>, en 2018 et en 2025, avec une carte et un tableau
            téléchargeable.
          </li>
        </ul>
        <p>Les brouillons des éditeurs et les décisions des établissements ne sont jamais publics.</p>
      </section>

      <section aria-labelledby="etats" className="fr-mb-6w">
        <h2 id="etats">{HELP_SECTIONS[3].title}</h2>

        <h3 className="fr-h5">État d&apos;un service (éditeurs)</h3>
        <dl>
          {(Object.keys(PUBLICATION_STATE_LABELS) as PublicationState[]).map((state) => (
            <div key={state} className="fr-mb-2w">
              <dt>
                <Badge as="span" severity={STATE_SEVERITY[state]} small noIcon>
                  {PUBLICATION_STATE_LABELS[state]}
                </Badge>
              </dt>
              <dd className="fr-ml-0">{STATE_MEANING[state]}</dd>
            </div>
          ))}
          <div className="fr-mb-2w">
            <dt>
              <Badge as="span" severity="warning" small noIcon>
                {ARCHIVED_LABEL}
              </Badge>
            </dt>
            <dd className="fr-ml-0">
              Votre organisation ne propose plus ce service : il a quitté le catalogue et votre liste principale (il reste dans « Services
              archivés »). Ses publications restent consultables à leur adresse, avec la mention « Service archivé par son éditeur » ; son
              positionnement ne peut plus être modifié ni publié. « Restaurer » annule l&apos;archivage.
            </dd>
          </div>
        </dl>

        <h3 className="fr-h5">Conformité</h3>
        <p>La conformité ne regarde que les critères opposables, ceux qui découlent d&apos;une obligation.</p>
        <dl>
          {(Object.keys(CONFORMITY_LABELS) as ConformityStatus[]).map((status) => (
            <div key={status} className="fr-mb-2w">
              <dt>
                <ConformityBadge status={status} /> <span className="fr-text--sm">({CONFORMITY_LABELS[status]})</span>
              </dt>
              <dd className="fr-ml-0">{CONFORMITY_MEANING[status]}</dd>
            </div>
          ))}
          <div className="fr-mb-2w">
            <dt>
              <ConformityBadge status={null} />
            </dt>
            <dd className="fr-ml-0">Un service déclaré par l&apos;établissement dont l&apos;éditeur n&apos;a publié aucun positionnement.</dd>
          </div>
        </dl>

        <h3 className="fr-h5">Maturité</h3>
        <p>
          La maturité d&apos;un axe est la moyenne pondérée des niveaux, rapportée au niveau 4, en pourcentage. Des paliers aident à la lire :{" "}
          {MATURITY_BANDS.map((b, i) => `${b.label} (à partir de ${b.min} %)${i < MATURITY_BANDS.length - 1 ? ", " : ""}`).join("")}. Un axe
          sans critère évalué affiche « {MATURITY_STATE_LABELS["sans-objet"].toLowerCase()} » (rien n&apos;y est applicable) ou «{" "}
          {MATURITY_STATE_LABELS["non-evaluee"].toLowerCase()} » (des réponses manquent), jamais 0 % ni 100 %.
        </p>

        <h3 className="fr-h5">Décision de l&apos;établissement (chefs d&apos;établissement)</h3>
        <dl>
          {DECISIONS.map((d) => (
            <div key={d} className="fr-mb-2w">
              <dt>
                <DecisionBadge decision={d} />
              </dt>
              <dd className="fr-ml-0">{DECISION_HINTS[d]}</dd>
            </div>
          ))}
          <div className="fr-mb-2w">
            <dt>
              <DecisionBadge decision={null} />
            </dt>
            <dd className="fr-ml-0">Aucune décision n&apos;est encore enregistrée pour ce service.</dd>
          </div>
        </dl>

        <h3 className="fr-h5">Alertes sur un service de l&apos;établissement</h3>
        <dl>
          <div className="fr-mb-2w">
            <dt>
              <Badge as="span" small severity="warning">
                À actualiser
              </Badge>
            </dt>
            <dd className="fr-ml-0">
              Le positionnement publié a été fait sur une version de la grille qui n&apos;est plus en vigueur, ou publié il y a plus de{" "}
              {FRESHNESS_MONTHS} mois : demandez à l&apos;éditeur une publication à jour avant de vous y fier.
            </dd>
          </div>
          <div className="fr-mb-2w">
            <dt>
              <Badge as="span" small severity="new">
                Nouvelle publication depuis votre revue
              </Badge>
            </dt>
            <dd className="fr-ml-0">L&apos;éditeur a publié depuis votre dernière décision : relisez la publication et confirmez ou changez la décision.</dd>
          </div>
          <div className="fr-mb-2w">
            <dt>Revue échue</dt>
            <dd className="fr-ml-0">La date de prochaine revue que vous aviez fixée est passée.</dd>
          </div>
          <div className="fr-mb-2w">
            <dt>
              <Badge as="span" small severity="warning">
                {ARCHIVED_BY_EDITOR_LABEL}
              </Badge>
            </dt>
            <dd className="fr-ml-0">
              L&apos;éditeur ne propose plus ce service (la date de l&apos;archivage suit le badge). Il reste dans la liste de votre établissement et
              ses publications restent consultables, mais il ne figure plus au catalogue : aucun autre établissement ne peut l&apos;ajouter.
              C&apos;est un point d&apos;attention : voyez avec l&apos;éditeur la suite qu&apos;il prévoit et envisagez un remplacement.
            </dd>
          </div>
        </dl>
        <p>Le filtre « À revoir seulement » de la page de l&apos;établissement regroupe ces cas et les services sans décision.</p>
      </section>

      <section aria-labelledby="contact">
        <h2 id="contact">{HELP_SECTIONS[4].title}</h2>
        <p>
          Une question sur la grille, un accès refusé, une erreur dans les données ? Écrivez à <ContactLink subject="Question sur la plateforme" />{" "}
          en indiquant votre rôle (éditeur, chef d&apos;établissement, collectivité) et, s&apos;il y a lieu, l&apos;adresse de la page concernée.
        </p>
        <p>
          Pour l&apos;accessibilité du site, voir aussi la <Link href="/accessibilite">déclaration d&apos;accessibilité</Link>.
        </p>
      </section>
    </>
  );
}
