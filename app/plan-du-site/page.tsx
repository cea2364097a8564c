import type { Metadata } from "next";
import Link from "next/link";
import { footerPages, mainNavigation } from "../_components/site";

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
