import type { Metadata } from "next";
import Link from "next/link";
import { footerPages, HELP_SECTIONS, mainNavigation } from "../_components/site";

export const metadata: Metadata = { title: "Plan du site" };

export default function PlanDuSitePage() {
  return (
    <>
      <h1>Plan du site</h1>
      <h2>Pages principales</h2>
      <ul>
        {mainNavigation.map((item) => (
          <li key={item.href}>
            <Link href={item.href}>{item.text}</Link>
          </li>
        ))}
        <li>
          <Link href="/connexion">Se connecter</Link>
        </li>
        <li>
          <Link href="/inscription">Créer un compte</Link>
        </li>
      </ul>
      <h2>Espaces personnels (connexion requise)</h2>
      <ul>
        <li>
          <Link href="/espace">Mon espace</Link> : compte, organisations, rattachement à un établissement
        </li>
        <li>
          <Link href="/mes-services">Mes services</Link> : positionnement des services d&apos;un éditeur
        </li>
      </ul>
      <h2>Aide</h2>
      <ul>
        <li>
          <Link href="/aide">Aide</Link>
          <ul>
            {HELP_SECTIONS.map((s) => (
              <li key={s.id}>
                <Link href={`/aide#${s.id}`}>{s.title}</Link>
              </li>
            ))}
          </ul>
        </li>
      </ul>
      <h2>Informations</h2>
      <ul>
        {footerPages.map((item) => (
          <li key={item.href}>
            <Link href={item.href}>{item.text}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
