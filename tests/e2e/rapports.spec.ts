import fs from "node:fs";
import { test, expect, type Download, type Page } from "./fixtures";
import { EDITOR_A, EDITOR_B, publishWithConfirmation, signInAs } from "./session";
import { readReport, squash } from "../reports-pdf";

const SERVICE = "Rapport E2E « Été »";
const JUSTIFICATION = "Œuvre déjà notée « à l’écrit » : 1 234,56 € — ça marche.";
const WATERMARK = "BROUILLON — non publié";

async function chooseLevel(page: Page, criterionId: string, level: string) {
  const card = page.locator(`#critere-${criterionId}`);
  await card.getByRole("group", { name: `Niveau atteint pour ${criterionId}` }).getByText(new RegExp(`^${level}`)).click();
  return card;
}

async function pdfOf(download: Download): Promise<Buffer> {
  return fs.readFileSync((await download.path())!);
}

/** Each page's text, checked: a PDF, "page X sur N" on every page, N = the PDF's page count. */
async function readPdf(pdf: Buffer) {
  const report = await readReport(pdf);
  expect(report.isPdf).toBe(true);
  expect(report.misnumbered).toEqual([]);
  return report;
}

test("draft report for the editor only, publication report for everyone", async ({ page, browser }) => {
  test.setTimeout(300_000);
  await signInAs(page, EDITOR_A);
  await page.goto("/mes-services");
  await page.getByRole("link", { name: "Créer un service" }).click();
  await page.getByLabel("Nom du service").fill(SERVICE);
  await page.getByLabel("Catégorie").selectOption("autre");
  await page.getByRole("button", { name: "Créer le service" }).click();
  await expect(page).toHaveURL(/\/mes-services\/[^/]+\/positionnement$/);
  const serviceId = page.url().split("/mes-services/")[1].split("/")[0];

  // First criterion: level 2 and the accented justification; then every criterion at level 3 except that one.
  const firstCard = page.locator("article[id^=critere-]").first();
  const firstId = (await firstCard.getAttribute("id"))!.replace("critere-", "");
  await chooseLevel(page, firstId, "2");
  await firstCard.getByLabel("Justification").fill(JUSTIFICATION);
  await expect(firstCard.getByText(/Enregistré à/)).toBeVisible();
  const axes = page.getByRole("navigation", { name: "Axes de la grille" }).getByRole("button");
  for (let i = 0; i < (await axes.count()); i++) {
    await axes.nth(i).click();
    const cards = page.locator("div:not([hidden]) > section article[id^=critere-]");
    for (let k = 0; k < (await cards.count()); k++) {
      const id = (await cards.nth(k).getAttribute("id"))!.replace("critere-", "");
      if (id !== firstId) await chooseLevel(page, id, "3");
    }
  }
  await expect(page.getByTestId("etat-enregistrement")).toHaveText(/Enregistré à/, { timeout: 30_000 });

  // The editor downloads the draft report from the private page: watermark on every page.
  await page.goto(`/mes-services/${serviceId}`);
  const maturity = (await page.getByTestId("maturite-globale").first().textContent())!;
  let download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Télécharger le rapport PDF du brouillon/ }).click();
  const draftDownload = await download;
  expect(draftDownload.suggestedFilename()).toMatch(/^rapport-positionnement-rapport-e2e-ete-brouillon-\d{4}-\d\d-\d\d\.pdf$/);
  const draft = await readPdf(await pdfOf(draftDownload));
  draft.pages.forEach((p) => expect(p).toContain(WATERMARK));
  expect(draft.text).toContain(squash(SERVICE));
  expect(draft.text).toContain("Éditeur Cartable Ouvert (démo)");
  expect(draft.text).toContain(squash(`Justification : ${JUSTIFICATION}`));
  expect(draft.text).toContain(squash(`Maturité globale : ${maturity}`));

  // Before publication the public report does not exist.
  expect((await page.request.get(`/services/${serviceId}/rapport`)).status()).toBe(404);

  await publishWithConfirmation(page);
  await expect(page.getByText("Publication n° 1 enregistrée.")).toBeVisible();

  // Anyone: the publication's report from the public page, without the watermark.
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(`/services/${serviceId}`);
  download = visitor.waitForEvent("download");
  await visitor.getByRole("link", { name: /^Télécharger le rapport PDF/ }).click();
  const publicDownload = await download;
  expect(publicDownload.suggestedFilename()).toBe("rapport-positionnement-rapport-e2e-ete-publication-1.pdf");
  const published = await readPdf(await pdfOf(publicDownload));
  expect(published.text).not.toContain("BROUILLON");
  expect(published.text).toContain(squash(`Justification : ${JUSTIFICATION}`));
  expect(published.text).toContain("Publication n° 1, identifiant");
  expect(published.text).toContain(squash(`Maturité globale : ${maturity}`));
  const numbered = await visitor.request.get(`/services/${serviceId}/publications/1/rapport`);
  expect(numbered.status()).toBe(200);
  expect(numbered.headers()["content-type"]).toBe("application/pdf");

  // ...but never the draft: 401 with a French message, no PDF.
  const refused = await visitor.request.get(`/mes-services/${serviceId}/rapport`);
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).not.toContain("pdf");
  expect(await refused.text()).toContain("Connectez-vous");
  await anonymous.close();

  // Another organisation's editor: 404, as for a service that does not exist.
  const other = await browser.newContext();
  const b = await other.newPage();
  await signInAs(b, EDITOR_B);
  const hidden = await b.request.get(`/mes-services/${serviceId}/rapport`);
  expect(hidden.status()).toBe(404);
  expect(hidden.headers()["content-type"]).not.toContain("pdf");
  expect(await hidden.text()).toContain("introuvable");
  expect((await b.request.get(`/mes-services/service-qui-n-existe-pas/rapport`)).status()).toBe(404);
  await other.close();
});

test("bad report addresses get a clear French message", async ({ request }) => {
  const badNumber = await request.get("/services/demo-svc-manuels/publications/abc/rapport");
  expect(badNumber.status()).toBe(400);
  expect(await badNumber.text()).toContain("Numéro de publication invalide");
  const badId = await request.get("/services/id%20avec%20espaces/rapport");
  expect(badId.status()).toBe(400);
  expect(await badId.text()).toContain("Identifiant de service invalide");
  const missing = await request.get("/services/demo-svc-manuels/publications/7/rapport");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("La publication n° 7 de ce service n'existe pas.");
});
