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

/** The sections of the help page (/aide), in its order; the site map lists them too. */
export const HELP_SECTIONS = [
  { id: "editeurs", title: "Vous êtes éditeur d'un service numérique" },
  { id: "chefs", title: "Vous dirigez un collège ou un lycée public" },
  { id: "visiteurs", title: "Vous consultez sans compte" },
  { id: "etats", title: "Ce que veulent dire les états et les badges" },
  { id: "contact", title: "Nous écrire" },
] as const;

/** "Titre de la page — Positionnement doctrine": the document title pattern (RGAA 8.6). */
export const pageTitle = (title: string) => `${title} — ${SITE_NAME}`;
