import type { Metadata } from "next";

export const metadata: Metadata = { title: "Données personnelles" };

export default function DonneesPersonnellesPage() {
  return (
    <>
      <h1>Données personnelles</h1>
      <p>
        Le service traite les données strictement nécessaires à son fonctionnement, au titre du règlement général sur la
        protection des données (RGPD).
      </p>
      <h2>Données traitées</h2>
      <ul>
        <li>Comptes : nom, adresse électronique, organisation ou établissement de rattachement.</li>
        <li>Positionnements : réponses, justifications et liens de preuve saisis par les éditeurs, avec leur auteur et leur date.</li>
        <li>Revues : décisions et commentaires des chefs d&apos;établissement, avec leur auteur et leur date.</li>
      </ul>
      <p>Aucune donnée d&apos;élève n&apos;est saisie ni traitée par ce service.</p>
      <h2>Cookies</h2>
      <p>
        Seul un cookie de session, nécessaire à la connexion, est déposé. Il n&apos;y a ni mesure d&apos;audience ni cookie
        publicitaire : aucun consentement n&apos;est donc demandé.
      </p>
      <h2>Vos droits</h2>
      <p>
        Vous disposez d&apos;un droit d&apos;accès, de rectification et d&apos;effacement de vos données. Pour l&apos;exercer,
        adressez-vous à l&apos;organisme qui déploie cette instance.
      </p>
    </>
  );
}
