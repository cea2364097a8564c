import type { Metadata } from "next";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

export default function AccessibilitePage() {
  return (
    <>
      <h1>Déclaration d&apos;accessibilité</h1>
      <p>
        L&apos;équipe de ce service s&apos;engage à rendre son site accessible conformément à l&apos;article 47 de la loi
        n° 2005-102 du 11 février 2005, selon le référentiel général d&apos;amélioration de l&apos;accessibilité (RGAA 4.1).
      </p>
      <h2>État de conformité</h2>
      <p>
        Le site est <strong>non conforme</strong> au RGAA : aucun audit n&apos;a encore été réalisé. Il est construit avec le
        système de design de l&apos;État, et chaque page est vérifiée automatiquement (outil axe) lors des tests.
      </p>
      <h2>Contenus non accessibles connus</h2>
      <p>Aucun contenu non accessible n&apos;est connu à ce jour ; l&apos;audit complet reste à mener.</p>
      <h2>Retour d&apos;information et contact</h2>
      <p>
        Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez à l&apos;équipe du service pour être orienté
        vers une alternative accessible ou obtenir le contenu sous une autre forme.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous signalez un défaut d&apos;accessibilité qui vous empêche d&apos;accéder à un contenu et que vous n&apos;obtenez
        pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (formulaire en ligne, délégué territorial, ou
        courrier gratuit : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07).
      </p>
    </>
  );
}
