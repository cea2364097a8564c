"use client";
import { useLayoutEffect } from "react";
import { DsfrProviderBase, StartDsfrOnHydration as StartDsfr } from "@codegouvfr/react-dsfr/next-app-router";
import Link from "next/link";
import { defaultColorScheme } from "./defaultColorScheme";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export function DsfrProvider({ lang, children }: { lang: string; children: React.ReactNode }) {
  return (
    <DsfrProviderBase lang={lang} defaultColorScheme={defaultColorScheme} Link={Link}>
      {children}
    </DsfrProviderBase>
  );
}

/**
 * Puts the colour scheme attributes back on `<html>` when React has just wiped them.
 *
 * When a page calls `notFound()`, Next.js does not server-render the 404: it sends an error shell
 * (`<html id="__next_error__">`) and the browser renders the whole document. React then takes over
 * the existing `<html>` element and removes every attribute it does not render itself, among them
 * `data-fr-scheme` and `data-fr-theme`, which react-dsfr set a moment before. react-dsfr watches
 * `data-fr-theme` with a MutationObserver that asserts it is present ("Wrong assertion encountered",
 * an uncaught error), and the page would lose its dark mode. A layout effect runs in the same
 * commit as that removal, before the observer's callback: setting the attributes again here keeps
 * the page in its colour scheme and the observer quiet. On a server-rendered page the attributes
 * are still there and nothing is done.
 */
function useKeepColorScheme() {
  useLayoutEffect(() => {
    const html = document.documentElement;
    if (html.getAttribute("data-fr-theme") !== null) return;
    const stored = localStorage.getItem("scheme");
    const scheme = stored === "light" || stored === "dark" || stored === "system" ? stored : defaultColorScheme;
    const dark = scheme === "system" ? window.matchMedia?.("(prefers-color-scheme: dark)").matches === true : scheme === "dark";
    html.setAttribute("data-fr-scheme", scheme);
    html.setAttribute("data-fr-theme", dark ? "dark" : "light");
  }, []);
}

export function StartDsfrOnHydration() {
  useKeepColorScheme();
  return <StartDsfr />;
}
