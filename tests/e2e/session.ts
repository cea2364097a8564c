import { expect, type Page } from "@playwright/test";

/** Demo accounts (lib/demo/seed.ts), all with the public demo password. */
export const DEMO_PASSWORD = "demonstration-2026";
export const EDITOR_A = "editeur.cartable@demo.invalid"; // Cartable Ouvert (démo)
export const EDITOR_B = "editeur.edulab@demo.invalid"; // ÉduLab Services (démo)

export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/connexion");
  const form = page.getByRole("form", { name: "Connexion par adresse électronique" });
  await form.getByLabel("Adresse électronique").fill(email);
  await form.getByLabel("Mot de passe", { exact: true }).fill(password);
  await form.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/connexion/);
}

/** "Publier" on the editor's service page, then the confirmation step it opens. */
export async function publishWithConfirmation(page: Page) {
  await page.getByRole("button", { name: "Publier" }).click();
  await page.getByRole("button", { name: "Confirmer la publication" }).click();
}
