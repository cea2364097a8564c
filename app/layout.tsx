import type { Metadata } from "next";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { DsfrHead, getHtmlAttributes } from "./_dsfr/server";
import { DsfrProvider, StartDsfrOnHydration } from "./_dsfr/client";
import { SiteHeader } from "./_components/SiteHeader";
import { DemoNotice } from "./_components/DemoNotice";
import { SITE_NAME, SITE_TAGLINE } from "./_components/site";
import { BRAND_TOP } from "./_components/brand";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s — ${SITE_NAME}` },
  description: SITE_TAGLINE,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const lang = "fr";
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <DsfrHead preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <DsfrProvider lang={lang}>
          <StartDsfrOnHydration />
          <SkipLinks
            links={[
              { label: "Contenu", anchor: "#contenu" },
              { label: "Menu", anchor: "#en-tete-main-navigation" },
              { label: "Pied de page", anchor: "#pied-de-page" },
            ]}
          />
          <SiteHeader />
          <DemoNotice />
          <main id="contenu" tabIndex={-1} className="fr-container fr-my-6w">
            {children}
          </main>
          <Footer
            id="pied-de-page"
            accessibility="non compliant"
            brandTop={BRAND_TOP}
            homeLinkProps={{ href: "/", title: `Accueil — ${SITE_NAME}` }}
            contentDescription="Service d'auto-évaluation des services numériques éducatifs face à la doctrine technique du numérique pour l'éducation, rendue opposable par le décret du 5 décembre 2025. La grille proposée ici est une lecture de la doctrine : elle sera remplacée par la grille officielle dès sa publication."
            accessibilityLinkProps={{ href: "/accessibilite" }}
            termsLinkProps={{ href: "/mentions-legales" }}
            websiteMapLinkProps={{ href: "/plan-du-site" }}
            bottomItems={[{ text: "Données personnelles", linkProps: { href: "/donnees-personnelles" } }]}
          />
        </DsfrProvider>
      </body>
    </html>
  );
}
