"use client";
import { useLayoutEffect } from "react";
import { DsfrProviderBase, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";
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
      <KeepColorScheme />
      {children}
    </DsfrProviderBase>
  );
}

/**
 * When a page answers 404 through `notFound()` before its first byte, Next.js sends an empty
 * error shell and React renders the whole document in the browser: taking over `<html>`, React
 * removes the attributes it did not render, among them `data-fr-theme`, which react-dsfr has
 * already set and watches ("Wrong assertion encountered" in the console, the page loses dark
 * mode). Layout effects run in the same commit, before that watcher's callback: put the
 * attributes back there, from the visitor's choice (localStorage "scheme") or the system's.
 */
function KeepColorScheme() {
  useLayoutEffect(() => {
    const html = document.documentElement;
    if (html.hasAttribute("data-fr-theme")) return;
    const stored = localStorage.getItem("scheme");
    const scheme = stored === "dark" || stored === "light" || stored === "system" ? stored : defaultColorScheme;
    const dark = scheme === "dark" || (scheme === "system" && typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches);
    html.setAttribute("data-fr-scheme", scheme);
    html.setAttribute("data-fr-theme", dark ? "dark" : "light");
  }, []);
  return null;
}

export { StartDsfrOnHydration };
