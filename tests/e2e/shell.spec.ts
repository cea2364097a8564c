import { test, expect } from "./fixtures";
import { expectNoAxeViolations } from "./axe";

const pages = [
  { path: "/", h1: "Positionner les services numériques éducatifs face à la doctrine technique", title: "Accueil — Positionnement doctrine" },
  { path: "/grille", h1: "La grille de positionnement", title: "La grille de positionnement — Positionnement doctrine" },
  { path: "/methode", h1: "Méthode de calcul", title: "Méthode de calcul — Positionnement doctrine" },
  { path: "/territoires", h1: "Déploiement des ENT par territoire", title: "Territoires — Positionnement doctrine" },
  { path: "/connexion", h1: "Se connecter", title: "Se connecter — Positionnement doctrine" },
  { path: "/accessibilite", h1: "Déclaration d'accessibilité", title: "Déclaration d'accessibilité — Positionnement doctrine" },
  { path: "/mentions-legales", h1: "Mentions légales", title: "Mentions légales — Positionnement doctrine" },
  { path: "/donnees-personnelles", h1: "Données personnelles", title: "Données personnelles — Positionnement doctrine" },
  { path: "/plan-du-site", h1: "Plan du site", title: "Plan du site — Positionnement doctrine" },
];

for (const p of pages) {
  test(`${p.path} is a French DSFR page with its title, one h1 and no axe violation`, async ({ page }) => {
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page).toHaveTitle(p.title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.h1);
    await expect(page.locator("header.fr-header")).toContainText("Positionnement doctrine");
    await expect(page.locator("footer.fr-footer")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the main navigation and the footer lead to every page", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Menu principal" });
  for (const name of ["Accueil", "La grille", "Méthode", "Territoires"]) await expect(nav.getByRole("link", { name })).toBeVisible();
  await nav.getByRole("link", { name: "Méthode" }).click();
  await expect(page).toHaveURL(/\/methode$/);
  await expect(nav.getByRole("link", { name: "Méthode" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Se connecter" }).first().click();
  await expect(page).toHaveURL(/\/connexion$/);
  const footer = page.locator("footer.fr-footer");
  for (const name of ["Accessibilité : non conforme", "Mentions légales", "Données personnelles", "Plan du site"]) {
    await expect(footer.getByRole("link", { name })).toBeVisible();
  }
  await footer.getByRole("link", { name: "Plan du site" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan du site");
});

test("the first Tab reaches the skip links, which move to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Contenu" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
  await expect(page.locator("main#contenu")).toBeFocused();
});

test("an unknown address shows the French 404 page", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
  await expect(page).toHaveTitle("Page non trouvée — Positionnement doctrine");
  await expect(page.getByRole("link", { name: "Page d'accueil" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the demo instance says so on every page", async ({ page }) => {
  await page.goto("/methode");
  await expect(page.getByText("Instance de démonstration")).toBeVisible();
});

test("the territories page shows the ministry's 2018 and 2025 data per département", async ({ page }) => {
  await page.goto("/territoires");
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(106); // header + 105 départements and COM
  const corse = table.getByRole("row").filter({ hasText: "Corse-du-Sud" });
  await expect(corse).toContainText("Généralisation à 100%");
  await expect(corse).toContainText("Déploiement massif");
  await expect(page.getByText("Déploiement massif : 93 départements ou collectivités")).toBeVisible();
});
