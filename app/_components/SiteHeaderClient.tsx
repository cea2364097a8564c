"use client";
import { Header } from "@codegouvfr/react-dsfr/Header";
import { usePathname } from "next/navigation";
import { mainNavigation, SITE_NAME, SITE_TAGLINE } from "./site";

export function SiteHeader() {
  const pathname = usePathname() ?? "/";
  const isActive = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <Header
      id="en-tete"
      brandTop={
        <>
          Ministère
          <br />
          de l&apos;Éducation
          <br />
          nationale
        </>
      }
      serviceTitle={SITE_NAME}
      serviceTagline={SITE_TAGLINE}
      homeLinkProps={{ href: "/", title: `Accueil — ${SITE_NAME}` }}
      navigation={mainNavigation.map((item) => ({
        text: item.text,
        linkProps: { href: item.href },
        isActive: isActive(item.href),
      }))}
      quickAccessItems={[{ iconId: "fr-icon-account-circle-line", linkProps: { href: "/connexion" }, text: "Se connecter" }]}
    />
  );
}
