import { test, expect, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./axe";

const PASSWORD = "demonstration-2026";
const EDITOR_A = "editeur.cartable@demo.invalid";
const GENERIC = "Adresse électronique ou mot de passe incorrect.";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/connexion");
  const form = page.getByRole("form", { name: "Connexion par adresse électronique" });
  await form.getByLabel("Adresse électronique").fill(email);
  await form.getByLabel(/^Mot de passe/).fill(password);
  await form.getByRole("button", { name: "Se connecter" }).click();
}

test("anonymous: private pages send to the sign-in page, which says what is wrong", async ({ page }) => {
  await page.goto("/espace");
  await expect(page).toHaveURL(/\/connexion\?suite=%2Fespace$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Se connecter");
  await expect(page.getByRole("link", { name: "Se connecter" }).first()).toBeVisible();
  const form = page.getByRole("form", { name: "Connexion par adresse électronique" });
  await form.getByRole("button", { name: "Se connecter" }).click();
  await expect(form.getByText("Indiquez votre adresse électronique.")).toBeVisible();
  await expect(form.getByText("Indiquez votre mot de passe.")).toBeVisible();
  await expect(form.getByLabel("Adresse électronique")).toBeFocused();
  await expectNoAxeViolations(page);
});

test("a wrong password and an unknown account get the same generic message", async ({ page }) => {
  await signIn(page, EDITOR_A, "ce n'est pas le bon");
  await expect(page.getByRole("alert").filter({ hasText: GENERIC }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await signIn(page, "personne@demo.invalid", "ce n'est pas le bon");
  await expect(page.getByRole("alert").filter({ hasText: GENERIC }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/connexion/);
});

test("repeated failures lock the account with a French message saying when to retry", async ({ page }) => {
  const email = "cible.verrouillage@demo.invalid";
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `mauvais-${i}`);
    await expect(page.locator(".fr-alert--error")).toContainText(/incorrect|Trop de tentatives/);
  }
  await signIn(page, email, "encore-un-essai");
  await expect(page.locator(".fr-alert--error")).toContainText(/Trop de tentatives de connexion infructueuses\. .*réessayez à \d{2} h \d{2} \(dans 1[45] minutes\)\./);
});

test("an editor signs in with the keyboard, sees their space and organisation, gets 404 on another's, signs out", async ({ page }) => {
  await page.goto("/connexion");
  const form = page.getByRole("form", { name: "Connexion par adresse électronique" });
  await form.getByLabel("Adresse électronique").focus();
  await page.keyboard.type(EDITOR_A);
  await page.keyboard.press("Tab");
  await expect(form.getByLabel(/^Mot de passe/)).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/espace$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon espace");
  const header = page.locator("header.fr-header");
  await expect(header.getByRole("link", { name: "Mon espace (Camille Martin (démo))" }).first()).toBeAttached();
  await expect(header.getByRole("button", { name: "Se déconnecter" }).first()).toBeAttached();
  await expect(header.getByRole("link", { name: "Se connecter" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Cartable Ouvert (démo)" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Cartable Ouvert (démo)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cartable Ouvert (démo)");
  await expect(page.getByText("Vie scolaire Horizon")).toBeVisible();
  await expect(page.getByRole("cell", { name: EDITOR_A })).toBeVisible();
  await expectNoAxeViolations(page);

  // Organisation B's private page, and a guessed id: the same 404, nothing of B shown.
  for (const path of ["/espace/organisations/demo-org-edulab", "/espace/organisations/org-devinee-123"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
    await expect(page.getByText("ÉduLab")).toHaveCount(0);
  }
  await expectNoAxeViolations(page);

  await page.goto("/espace");
  await page.getByRole("main").getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("header.fr-header").getByRole("link", { name: "Se connecter" }).first()).toBeAttached();
  await page.goto("/espace/organisations/demo-org-cartable");
  await expect(page).toHaveURL(/\/connexion\?suite=/);
});

test("an owner invites by e-mail; the link creates the account once; a head's claim is approved by the admin", async ({ page, browser }) => {
  await signIn(page, EDITOR_A, PASSWORD);
  await expect(page).toHaveURL(/\/espace$/);
  await page.goto("/espace/organisations/demo-org-cartable");
  await page.getByLabel("Adresse électronique de la personne invitée").fill("nouvelle.recrue@exemple.fr");
  await page.getByRole("button", { name: "Créer le lien d'invitation" }).click();
  const linkInput = page.getByLabel("Lien d'invitation");
  await expect(linkInput).toHaveValue(/\/invitation\/[A-Za-z0-9_-]{40,}$/);
  const link = await linkInput.inputValue();
  await expect(page.getByText("nouvelle.recrue@exemple.fr — Membre")).toBeVisible();
  await expectNoAxeViolations(page);

  // The invited person, in another browser (no session).
  const other = await browser.newContext();
  const invited = await other.newPage();
  await invited.goto(link);
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Invitation à rejoindre Cartable Ouvert (démo)");
  await expectNoAxeViolations(invited);
  await invited.getByLabel("Prénom et nom").fill("Nouvelle Recrue");
  await invited.getByLabel(/^Mot de passe/).fill("court");
  await invited.getByRole("button", { name: "Créer mon compte et rejoindre l'organisation" }).click();
  await expect(invited.getByText(/Le mot de passe doit comporter au moins 12 caractères \(il en a 5\)/)).toBeVisible();
  await invited.getByLabel(/^Mot de passe/).fill("une phrase assez longue");
  await invited.getByRole("button", { name: "Créer mon compte et rejoindre l'organisation" }).click();
  await expect(invited).toHaveURL(/\/espace\/organisations\/demo-org-cartable$/);
  await expect(invited.getByRole("cell", { name: "nouvelle.recrue@exemple.fr" })).toBeVisible();

  // The recruit also heads a school: claims it by UAI (the check letter is verified).
  await invited.goto("/espace");
  await invited.getByLabel("Numéro UAI de l'établissement").fill("0380106A");
  await invited.getByRole("button", { name: "Demander le rattachement" }).click();
  await expect(invited.getByText(/la lettre attendue est J/)).toBeVisible();
  await invited.getByLabel("Numéro UAI de l'établissement").fill("0380106J");
  await invited.getByLabel("Nom de l'établissement (facultatif)").fill("Lycée Champollion");
  await invited.getByRole("button", { name: "Demander le rattachement" }).click();
  await expect(invited.getByText("UAI 0380106J — En attente de validation")).toBeVisible();
  await expectNoAxeViolations(invited);

  // The link does not work twice.
  const third = await (await browser.newContext()).newPage();
  await third.goto(link);
  await expect(third.getByText("Ce lien d'invitation n'est plus valable")).toBeVisible();

  // The editor is not an administrator.
  await page.goto("/admin");
  await expect(page.getByText("Cette page est réservée aux administrateurs de la plateforme.")).toBeVisible();

  // The administrator approves the claim.
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signIn(admin, "admin@demo.invalid", PASSWORD);
  await expect(admin).toHaveURL(/\/espace$/);
  await admin.goto("/admin");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Administration");
  await expectNoAxeViolations(admin);
  await admin.getByRole("button", { name: "Valider la demande de Nouvelle Recrue pour 0380106J" }).click();
  await expect(admin.getByText("Aucune demande en attente.")).toBeVisible();
  // This approval's line (other tests approve claims of their own in the same database).
  await expect(admin.getByRole("row").filter({ has: admin.getByRole("cell", { name: "claim.approve" }) }).filter({ hasText: "0380106J" })).toBeVisible();

  await invited.goto("/espace");
  await expect(invited.getByText("Lycée Champollion — UAI 0380106J")).toBeVisible();
  await other.close();
  await adminCtx.close();
});
