/**
 * Archiving a service and restoring it (issue #12), as people do it: the editor archives « Messagerie
 * Classe » through the confirmation step with the keyboard (the step says what happens and how
 * many schools use it); the catalogue no longer lists it; its public pages stay readable with the
 * banner; the head of a school that uses it sees the badge and the point d'attention and can no
 * longer find it in the catalogue; the editor restores it from « Services archivés ». Screenshots
 * of the confirmation, the public banner and the head's view are kept in test-results/screenshots/.
 *
 * The head has a school of their own (the demo schools belong to chefs.spec.ts and heures.spec.ts);
 * the service is restored at the end, as comparer.spec.ts expects it.
 */
import fs from "node:fs";
import path from "node:path";
import { test, expect, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD, EDITOR_A, signInAs } from "./session";
import { ARCHIVED_BY_EDITOR_LABEL, ARCHIVED_LABEL, archivedBanner } from "../../lib/assessment/archived";
import { formatDate } from "../../lib/format";

const SERVICE = "demo-svc-messagerie";
const NAME = "Messagerie Classe";
const SHOTS = path.join("test-results", "screenshots");
/** A valid UAI for a 7-digit number (check letter = alphabet without I, O, Q, at number mod 23). */
const uaiFor = (digits: string) => `${digits}${"ABCDEFGHJKLMNPRSTUVWXYZ"[Number(digits) % 23]}`;

/** The whole page, or only what the screen shows (a long page shrinks to an unreadable strip). */
async function shot(page: Page, name: string, fullPage = true) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `archive-${name}.png`), fullPage });
}

/** A new account heads a new school (claimed, approved by the admin), and adds the service from the catalogue. */
async function headOfNewSchool(page: Page, browser: import("@playwright/test").Browser, uai: string) {
  await page.goto("/inscription");
  const form = page.getByRole("form", { name: "Création de compte" });
  await form.getByLabel("Prénom et nom").fill("Alex Archive-Essai");
  await form.getByLabel("Adresse électronique").fill(`chef.archive.${Date.now()}@exemple.fr`);
  await form.getByLabel(/^Mot de passe/).fill("une phrase assez longue");
  await form.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/espace$/);
  await page.getByLabel("Numéro UAI de l'établissement").fill(uai);
  await page.getByLabel("Nom de l'établissement (facultatif)").fill("Collège des archives");
  await page.getByRole("button", { name: "Demander le rattachement" }).click();
  await expect(page.getByText(`UAI ${uai} — En attente de validation`)).toBeVisible();
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signInAs(admin, "admin@demo.invalid", DEMO_PASSWORD);
  await admin.goto("/admin");
  await admin.getByRole("button", { name: `Valider la demande de Alex Archive-Essai pour ${uai}` }).click();
  await expect(admin.getByRole("button", { name: `Valider la demande de Alex Archive-Essai pour ${uai}` })).toHaveCount(0);
  await adminCtx.close();

  await page.goto(`/etablissements/${uai}`);
  const search = page.getByRole("form", { name: "Rechercher dans le catalogue des services positionnés" });
  await search.getByLabel("Nom du service ou de l'éditeur").fill("messagerie");
  await search.getByRole("button", { name: "Rechercher dans le catalogue" }).click();
  await page.getByRole("button", { name: `Ajouter ${NAME}` }).click();
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: NAME }) }).filter({ hasText: "Déjà dans la liste" })).toBeVisible();
}

test("an editor archives a service through the confirmation step with the keyboard, the public and the head see it archived, the editor restores it", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const uai = uaiFor("0691299");
  await headOfNewSchool(page, browser, uai);
  const head = page;

  // --- The editor archives, with the keyboard only, after reading what will happen.
  const editorCtx = await browser.newContext();
  const editor = await editorCtx.newPage();
  await signInAs(editor, EDITOR_A);
  await editor.goto(`/mes-services/${SERVICE}`);
  await expect(editor.getByTestId("etablissements-utilisateurs")).toHaveText("1 établissement déclare utiliser ce service.");
  const archiveButton = editor.getByRole("button", { name: "Archiver ce service" });
  await archiveButton.focus();
  await editor.keyboard.press("Enter");
  const step = editor.getByRole("region", { name: new RegExp(`^Archiver « ${NAME} »\\s\\?$`) });
  await expect(step.getByRole("heading", { name: new RegExp(`^Archiver « ${NAME} »\\s\\?$`) })).toBeFocused();
  await expect(step).toContainText("il quitte le catalogue public des services positionnés");
  await expect(step).toContainText("sa publication reste consultable à son adresse");
  // The same count as the page's « service.usage.read » line.
  await expect(step.getByTestId("confirmation-etablissements")).toHaveText(
    "1 établissement déclare l'utiliser : son chef d'établissement verra « Archivé par l'éditeur » et un point d'attention ; il le garde dans sa liste, mais aucun autre établissement ne peut plus l'ajouter.",
  );
  await expectNoAxeViolations(editor);
  await shot(editor, "confirmation");
  // Escape closes the step and gives the focus back: nothing is archived.
  await editor.keyboard.press("Escape");
  await expect(step).toHaveCount(0);
  await expect(archiveButton).toBeFocused();
  await editor.keyboard.press("Enter");
  await expect(step.getByRole("heading")).toBeFocused();
  await editor.keyboard.press("Tab");
  await expect(editor.getByRole("button", { name: "Confirmer l'archivage" })).toBeFocused();
  await editor.keyboard.press("Enter");
  const result = editor.getByTestId("resultat-archivage");
  await expect(result).toHaveText(`« ${NAME} » est archivé : il ne figure plus au catalogue, ses publications restent consultables. 1 établissement qui l'utilise en est informé.`);
  await expect(result).toBeFocused();
  const today = formatDate(new Date());
  await expect(editor.getByRole("heading", { level: 2, name: `Service archivé le ${today} par Camille Martin (démo)` })).toBeVisible();
  await expect(editor.getByTestId("etat-archive")).toHaveText(ARCHIVED_LABEL);
  await expect(editor.getByRole("link", { name: "Remplir le positionnement" })).toHaveCount(0);
  await expect(editor.getByRole("button", { name: "Publier" })).toHaveCount(0);
  await expectNoAxeViolations(editor);

  // The positioning form is closed while archived; the draft's export still works.
  await editor.goto(`/mes-services/${SERVICE}/positionnement`);
  await expect(editor.getByRole("heading", { level: 2, name: `Service archivé le ${today}` })).toBeVisible();
  await expect(editor.getByText(/Ce service est archivé : son positionnement ne peut plus être modifié ni publié/)).toBeVisible();
  await expect(editor.getByRole("radio")).toHaveCount(0);
  expect((await editor.request.get(`/mes-services/${SERVICE}/export?format=json`)).status()).toBe(200);

  // « Mes services »: out of the main table, in « Services archivés » with « Restaurer ».
  await editor.goto("/mes-services");
  await expect(editor.getByRole("table", { name: "Services de mes organisations" }).getByRole("link", { name: NAME })).toHaveCount(0);
  const archivedSection = editor.getByTestId("services-archives");
  await expect(archivedSection.locator(`[data-service="${NAME}"]`)).toContainText(`archivé le ${today} par Camille Martin (démo)`);
  await expect(archivedSection.getByRole("button", { name: `Restaurer ${NAME}` })).toBeVisible();
  await expectNoAxeViolations(editor);
  await shot(editor, "mes-services");

  // --- The public: out of the catalogue; its pages and exports still there, with the banner.
  const visitorCtx = await browser.newContext();
  const visitor = await visitorCtx.newPage();
  await visitor.goto("/services");
  await expect(visitor.getByRole("heading", { level: 1, name: "Services positionnés" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Vie scolaire Horizon" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: NAME })).toHaveCount(0);
  await visitor.goto(`/services/${SERVICE}`);
  await expect(visitor.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(visitor.getByRole("heading", { level: 2, name: archivedBanner(new Date()) })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await shot(visitor, "page-publique", false);
  await visitor.goto(`/services/${SERVICE}/publications/1`);
  await expect(visitor.getByRole("heading", { level: 2, name: archivedBanner(new Date()) })).toBeVisible();
  const json = await visitor.request.get(`/services/${SERVICE}/export?format=json&publication=1`);
  expect(json.status()).toBe(200);
  expect((await json.json()).service.nom).toBe(NAME);
  expect((await visitor.request.get(`/services/${SERVICE}/rapport`)).headers()["content-type"]).toContain("application/pdf");
  await visitorCtx.close();

  // --- The head: the badge in the table, the point d'attention, the service page; not in the catalogue any more.
  await head.goto(`/etablissements/${uai}`);
  const row = head.getByTestId("tableau-services").getByRole("row").filter({ has: head.getByRole("rowheader", { name: NAME }) });
  await expect(row.getByTestId("archive-editeur")).toHaveText(`${ARCHIVED_BY_EDITOR_LABEL} le ${today}`);
  await expect(head.getByTestId("points-attention").locator(`[data-service="${NAME}"]`)).toContainText(`Archivé par l'éditeur le ${today}`);
  await expectNoAxeViolations(head);
  await shot(head, "etablissement");
  await head.getByTestId("tableau-services").screenshot({ path: path.join(SHOTS, "archive-etablissement-tableau.png") });
  await head.getByTestId("tableau-services").getByRole("link", { name: NAME }).click();
  await expect(head.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(head.getByTestId("alerte-archive")).toContainText(`${ARCHIVED_BY_EDITOR_LABEL} le ${today}`);
  await expect(head.getByTestId("alerte-archive")).toContainText("aucun autre établissement ne peut l'ajouter");
  await expectNoAxeViolations(head);
  await shot(head, "etablissement-service");
  await head.goto(`/etablissements/${uai}?recherche=messagerie#titre-catalogue`);
  await expect(head.getByText("Aucun service positionné ne correspond à cette recherche.", { exact: false })).toBeVisible();

  // --- The editor restores it from « Services archivés », with the keyboard.
  const restoreButton = archivedSection.getByRole("button", { name: `Restaurer ${NAME}` });
  await restoreButton.focus();
  await editor.keyboard.press("Enter");
  const restoreStep = editor.getByRole("region", { name: new RegExp(`^Restaurer « ${NAME} »\\s\\?$`) });
  await expect(restoreStep.getByRole("heading")).toBeFocused();
  await expect(restoreStep).toContainText("il revient dans le catalogue des services positionnés");
  await editor.keyboard.press("Tab");
  await expect(editor.getByRole("button", { name: "Confirmer la restauration" })).toBeFocused();
  await editor.keyboard.press("Enter");
  await expect(editor.getByTestId("resultat-restauration")).toHaveText(`« ${NAME} » est restauré : son positionnement est de nouveau modifiable.`);
  await expect(editor.getByTestId("resultat-restauration")).toBeFocused();
  await expect(editor.getByRole("table", { name: "Services de mes organisations" }).getByRole("link", { name: NAME })).toBeVisible();
  await expect(archivedSection).toContainText("Aucun service archivé.");
  await expectNoAxeViolations(editor);
  await editor.goto(`/mes-services/${SERVICE}`);
  await expect(editor.getByRole("link", { name: "Remplir le positionnement" })).toBeVisible();
  await expect(editor.getByTestId("etat-archive")).toHaveCount(0);
  await editorCtx.close();

  // Back in the catalogue, no banner, no badge, no point d'attention.
  await head.goto("/services?q=messagerie");
  await expect(head.getByRole("link", { name: NAME })).toBeVisible();
  await head.goto(`/services/${SERVICE}`);
  await expect(head.getByText(/Service archivé par son éditeur/)).toHaveCount(0);
  await head.goto(`/etablissements/${uai}`);
  await expect(head.getByTestId("archive-editeur")).toHaveCount(0);
  await expect(head.getByText(/Archivé par l'éditeur le/)).toHaveCount(0);
});

test("the help page explains the « Archivé » state to editors and to heads", async ({ page }) => {
  await page.goto("/aide");
  const main = page.locator("main");
  await expect(main.getByText(ARCHIVED_LABEL, { exact: true })).toBeVisible();
  await expect(main.getByText(ARCHIVED_BY_EDITOR_LABEL, { exact: true })).toBeVisible();
  await expect(main).toContainText("Archiver ce service");
  await expectNoAxeViolations(page);
});
