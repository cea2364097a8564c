"use client";
import { Header } from "@codegouvfr/react-dsfr/Header";
import { usePathname } from "next/navigation";
import { mainNavigation, SITE_NAME, SITE_TAGLINE } from "./site";
import { signOutAction } from "../_auth/actions";
import { BRAND_TOP } from "./brand";

export type HeaderUser = { name: string; isAdmin: boolean; isEditor: boolean; schools: string[] } | null;

export function SiteHeaderClient({ user }: { user: HeaderUser }) {
  const pathname = usePathname() ?? "/";
  const isActive = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <Header
      id="en-tete"
      brandTop={BRAND_TOP}
      serviceTitle={SITE_NAME}
      serviceTagline={SITE_TAGLINE}
      homeLinkProps={{ href: "/", title: `Accueil — ${SITE_NAME}` }}
      navigation={[
        ...mainNavigation,
        // The user's own spaces, after the public pages.
        ...(user?.isEditor ? [{ href: "/mes-services", text: "Mes services" }] : []),
        ...(user && user.schools.length === 1 ? [{ href: `/etablissements/${user.schools[0]}`, text: "Mon établissement" }] : []),
        ...(user && user.schools.length > 1 ? [{ href: "/espace", text: "Mes établissements" }] : []),
      ].map((item) => ({
        text: item.text,
        linkProps: { href: item.href },
        isActive: isActive(item.href),
      }))}
      quickAccessItems={
        user
          ? [
              ...(user.isAdmin ? [{ iconId: "fr-icon-settings-5-line" as const, linkProps: { href: "/admin" }, text: "Administration" }] : []),
              { iconId: "fr-icon-account-circle-line", linkProps: { href: "/espace" }, text: `Mon espace (${user.name})` },
              { iconId: "fr-icon-logout-box-r-line", buttonProps: { onClick: () => void signOutAction() }, text: "Se déconnecter" },
            ]
          : [{ iconId: "fr-icon-account-circle-line", linkProps: { href: "/connexion" }, text: "Se connecter" }]
      }
    />
  );
}
