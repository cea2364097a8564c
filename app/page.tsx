import type { Metadata } from "next";
import { Tile } from "@codegouvfr/react-dsfr/Tile";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";

export const metadata: Metadata = { title: { absolute: "Accueil — Positionnement doctrine" } };

export default function HomePage() {
  return (
    <>
      <h1>Positionner les services numériques éducatifs face à la doctrine technique</h1>
      <p className="fr-text--lead">
        Depuis le décret du 5 décembre 2025, les services numériques utilisés par les collèges et lycées publics doivent respecter
        les référentiels d&apos;interopérabilité, de sécurité et de numérique responsable de la doctrine technique du numérique
        pour l&apos;éducation, et s&apos;appuyer sur les services socles de l&apos;État (ÉduConnect, Guichets agent, GAR, DNMA, SCOPE, CRDC).
      </p>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <div className="fr-col-12 fr-col-md-6">
          <CallOut title="Vous êtes éditeur d'un service numérique">
            Évaluez chaque service critère par critère, voyez votre maturité par axe et les écarts aux critères opposables avant
            l&apos;échéance, publiez votre positionnement et téléchargez un rapport PDF à transmettre à vos clients.
          </CallOut>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CallOut title="Vous dirigez un collège ou un lycée public">
            Retrouvez les services utilisés dans votre établissement avec leur positionnement publié, le contexte de
            l&apos;ENT de votre territoire, consignez vos décisions et téléchargez un rapport de conformité pour le conseil
            d&apos;administration.
          </CallOut>
        </div>
      </div>
      <h2>Commencer</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-3">
          <Tile title="La grille" desc="Les critères par axe, leurs niveaux et leurs références." linkProps={{ href: "/grille" }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Tile title="Méthode" desc="Comment la maturité et la conformité sont calculées." linkProps={{ href: "/methode" }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Tile title="Territoires" desc="Le déploiement des ENT par département, en 2018 et en 2025." linkProps={{ href: "/territoires" }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Tile title="Se connecter" desc="Espace éditeur et espace chef d'établissement." linkProps={{ href: "/connexion" }} />
        </div>
      </div>
    </>
  );
}
