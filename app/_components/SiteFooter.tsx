import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { SITE_NAME } from "./site";
import { BRAND_TOP } from "./brand";
import { ContactLink } from "./Contact";

/** The footer: what the service is, where to ask (CONTACT_EMAIL), the mandatory links and the help page. */
export function SiteFooter() {
  return (
    <Footer
      id="pied-de-page"
      accessibility="non compliant"
      brandTop={BRAND_TOP}
      homeLinkProps={{ href: "/", title: `Accueil — ${SITE_NAME}` }}
      contentDescription={
        <>
          Service d&apos;auto-évaluation des services numériques éducatifs face à la doctrine technique du numérique pour l&apos;éducation,
          rendue opposable par le décret du 5 décembre 2025. La grille proposée ici est une lecture de la doctrine : elle sera remplacée par
          la grille officielle dès sa publication.
          <br />
          Une question, un problème ? Consultez l&apos;<a href="/aide">aide</a> ou écrivez à <ContactLink />.
        </>
      }
      accessibilityLinkProps={{ href: "/accessibilite" }}
      termsLinkProps={{ href: "/mentions-legales" }}
      websiteMapLinkProps={{ href: "/plan-du-site" }}
      bottomItems={[
        { text: "Données personnelles", linkProps: { href: "/donnees-personnelles" } },
        { text: "Aide", linkProps: { href: "/aide" } },
      ]}
    />
  );
}
