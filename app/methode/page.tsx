import type { Metadata } from "next";

export const metadata: Metadata = { title: "Méthode de calcul" };

export default function MethodePage() {
  return (
    <>
      <h1>Méthode de calcul</h1>
      <p className="fr-text--lead">
        Chaque score affiché dans le service se recalcule à partir des réponses de l&apos;éditeur, selon une formule publique.
      </p>
      <h2>Les niveaux</h2>
      <p>Chaque critère applicable reçoit un niveau sur une échelle de 0 à 4, ou « non applicable » avec une raison :</p>
      <ul>
        <li>0 — non pris en compte ;</li>
        <li>1 — initial ;</li>
        <li>2 — partiel ;</li>
        <li>3 — conforme ;</li>
        <li>4 — exemplaire.</li>
      </ul>
      <h2>La maturité par axe</h2>
      <p>
        La maturité d&apos;un axe est la moyenne des niveaux pondérée par le poids de chaque critère, divisée par 4 et exprimée
        en pourcentage : maturité = Σ (poids × niveau) ÷ (4 × Σ poids). Les critères non applicables sortent du numérateur
        comme du dénominateur. Un axe sans critère applicable est affiché « sans objet », jamais 0 % ni 100 %.
      </p>
      <h2>La conformité</h2>
      <p>
        Un service est conforme à la doctrine lorsque chaque critère opposable qui lui est applicable atteint au moins le niveau 3.
        Les écarts sont les critères opposables sous le niveau 3 ; ils doivent être résorbés avant l&apos;échéance fixée par arrêté,
        au moins dix mois après sa publication.
      </p>
      <h2>Critères officiels et critères de lecture</h2>
      <p>
        La liste officielle des critères n&apos;étant pas publiée, chaque critère de la grille indique sa base : « officiel » lorsque
        le texte de la doctrine le dit, « lecture » lorsqu&apos;il s&apos;agit de notre interprétation de la doctrine.
      </p>
    </>
  );
}
