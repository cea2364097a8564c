import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ContactLink } from "./_components/Contact";

export const metadata: Metadata = { title: "Page non trouvée" };

export default function NotFound() {
  return (
    <div className="fr-py-4w">
      <h1>Page non trouvée</h1>
      <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
      <p className="fr-text--lead">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
      <p>
        Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page n&apos;est
        peut-être plus disponible : dans ce cas, repartez de la page d&apos;accueil ou du plan du site.
      </p>
      <p>
        Certaines pages ne s&apos;ouvrent qu&apos;aux membres de l&apos;organisation ou aux chefs de l&apos;établissement concernés : pour
        elles, la plateforme répond aussi « page non trouvée ». Si vous pensez y avoir accès, écrivez à{" "}
        <ContactLink subject="Page non trouvée" /> ; l&apos;<Link href="/aide">aide</Link> explique qui peut voir quoi.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button linkProps={{ href: "/" }}>Page d&apos;accueil</Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: "/plan-du-site" }}>
            Plan du site
          </Button>
        </li>
      </ul>
    </div>
  );
}
