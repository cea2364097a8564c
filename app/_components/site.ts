/** Names and navigation of the site, shared by the header, the footer and the site map. */
export const SITE_NAME = "Positionnement doctrine";
export const SITE_TAGLINE = "Positionner les services numériques éducatifs face à la doctrine technique du numérique pour l'éducation";

export const mainNavigation = [
  { href: "/", text: "Accueil" },
  { href: "/grille", text: "La grille" },
  { href: "/methode", text: "Méthode" },
  { href: "/services", text: "Services positionnés" },
  { href: "/territoires", text: "Territoires" },
] as const;

export const footerPages = [
  { href: "/accessibilite", text: "Accessibilité : non conforme" },
  { href: "/mentions-legales", text: "Mentions légales" },
  { href: "/donnees-personnelles", text: "Données personnelles" },
  { href: "/plan-du-site", text: "Plan du site" },
] as const;

/** "Titre de la page — Positionnement doctrine": the document title pattern (RGAA 8.6). */
export const pageTitle = (title: string) => `${title} — ${SITE_NAME}`;
