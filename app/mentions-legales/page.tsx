import type { Metadata } from "next";

export const metadata: Metadata = { title: "Mentions légales" };

export default function MentionsLegalesPage() {
  return (
    <>
      <h1>Mentions légales</h1>
      <h2>Objet du service</h2>
      <p>
        Ce service permet aux éditeurs de services numériques éducatifs de se positionner face à la doctrine technique du
        numérique pour l&apos;éducation, et aux chefs d&apos;établissement de consulter ces positionnements.
      </p>
      <h2>Nature de la grille</h2>
      <p>
        La liste officielle des critères de la grille de positionnement n&apos;étant pas publiée, la grille proposée est une
        lecture de la doctrine : chaque critère indique s&apos;il reprend un texte officiel ou s&apos;il en constitue une
        interprétation. Un positionnement publié ici est une auto-évaluation de l&apos;éditeur et ne vaut pas homologation.
      </p>
      <h2>Sources des données</h2>
      <p>
        Les données territoriales (déploiement des ENT en 2018 et en 2025, projets ENT, chiffres nationaux) proviennent de
        documents publics du ministère chargé de l&apos;éducation nationale, cités sur les pages concernées.
      </p>
      <h2>Hébergement</h2>
      <p>L&apos;hébergeur est l&apos;organisme qui déploie cette instance ; ses coordonnées sont à compléter lors du déploiement.</p>
    </>
  );
}
