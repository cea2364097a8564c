import type { Metadata } from "next";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { DsfrHead, getHtmlAttributes } from "./_dsfr/server";
import { DsfrProvider, StartDsfrOnHydration } from "./_dsfr/client";
import { SiteHeader } from "./_components/SiteHeader";
import { DemoNotice } from "./_components/DemoNotice";
import { SiteFooter } from "./_components/SiteFooter";
import "./site.css";
import { SITE_NAME, SITE_TAGLINE } from "./_components/site";

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
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
