import { test, expect, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { EDITOR_A, EDITOR_B, publishWithConfirmation, signInAs } from "./session";

const JUSTIFICATION = "Élève « connecté » à l’ENT : œuvre déjà notée, 1 234,56 € — ça marche.";

/** Chooses a level on a criterion card of the form (label "3 — Conforme"…). */
async function chooseLevel(page: Page, criterionId: string, level: string) {
  const card = page.locator(`#critere-${criterionId}`);
  await card.getByRole("group", { name: `Niveau atteint pour ${criterionId}` }).getByText(new RegExp(`^${level}`)).click();
  return card;
}

/** "Publier", then the confirmation step. */
async function createService(page: Page, name: string) {
  await page.goto("/mes-services");
  await page.getByRole("link", { name: "Créer un service" }).click();
  await page.getByLabel("Nom du service").fill(name);
  await page.getByLabel("Catégorie").selectOption("outil-pedagogique");
  await page.getByText("Le service est utilisé par des élèves").click();
  await page.getByText("Les usagers se connectent au service avec un compte nominatif").click();
  await page.getByRole("button", { name: "Créer le service" }).click();
  await expect(page).toHaveURL(/\/mes-services\/[^/]+\/positionnement$/);
  return page.url().split("/mes-services/")[1].split("/")[0];
}

test("an editor creates a service, answers, reloads, publishes, edits, reverts and republishes", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, EDITOR_A);
  const serviceId = await createService(page, "Atelier d'écriture E2E");
  await expectNoAxeViolations(page);

  // First criterion of the first axis: level, accented justification, autosave.
  const firstCard = page.locator("article[id^=critere-]").first();
  const firstId = (await firstCard.getAttribute("id"))!.replace("critere-", "");
  await chooseLevel(page, firstId, "2");
  await firstCard.getByLabel("Justification").fill(JUSTIFICATION);
  await expect(firstCard.getByText(/Enregistré à \d+ h \d\d/)).toBeVisible();
  await expect(page.getByTestId("etat-enregistrement")).toHaveText(/Enregistré à \d+ h \d\d/);

  // An invalid evidence link is refused on the spot and not saved.
  await firstCard.getByLabel("Liens de preuve").fill("pas-une-adresse");
  await expect(firstCard.getByText(/Lien de preuve invalide/)).toBeVisible();
  await firstCard.getByLabel("Liens de preuve").fill("https://exemple.fr/preuve.pdf");
  await expect(firstCard.getByText(/Enregistré à/)).toBeVisible();

  // Reload: exactly what was saved.
  await page.reload();
  await expect(firstCard.getByLabel("Justification")).toHaveValue(JUSTIFICATION);
  await expect(firstCard.getByLabel("Liens de preuve")).toHaveValue("https://exemple.fr/preuve.pdf");
  await expect(firstCard.getByRole("radio", { name: /^2 — Partiel/ })).toBeChecked();

  // Publishing now is refused: the rest is unanswered.
  await page.goto(`/mes-services/${serviceId}`);
  await expect(page.getByTestId("etat-publication")).toHaveText("Brouillon");
  await publishWithConfirmation(page);
  await expect(page.getByText(/Publication impossible : \d+ critères à compléter/)).toBeVisible();

  // Finish: every applicable criterion of every axis at level 3.
  await page.goto(`/mes-services/${serviceId}/positionnement`);
  const axes = page.getByRole("navigation", { name: "Axes de la grille" }).getByRole("button");
  const axisCount = await axes.count();
  for (let i = 0; i < axisCount; i++) {
    await axes.nth(i).click();
    const cards = page.locator("div:not([hidden]) > section article[id^=critere-]");
    const n = await cards.count();
    for (let k = 0; k < n; k++) {
      const id = (await cards.nth(k).getAttribute("id"))!.replace("critere-", "");
      await chooseLevel(page, id, "3");
    }
  }
  await expect(page.getByTestId("etat-enregistrement")).toHaveText(/Enregistré à/, { timeout: 30_000 });
  await expect(page.getByTestId("conformite").first()).toHaveText("Conforme aux critères opposables");

  await page.goto(`/mes-services/${serviceId}`);
  await publishWithConfirmation(page);
  await expect(page.getByText("Publication n° 1 enregistrée.")).toBeVisible();
  await expect(page.getByTestId("etat-publication")).toHaveText("Publiée");
  await expectNoAxeViolations(page);

  // The public page shows the publication, accented text as typed.
  await page.goto(`/services/${serviceId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Atelier d'écriture E2E");
  await expect(page.getByText(`Justification : ${JUSTIFICATION}`)).toBeVisible();
  await expectNoAxeViolations(page);

  // Edit after publication: "Modifiée depuis la publication"; revert: "Publiée" again.
  await page.goto(`/mes-services/${serviceId}/positionnement`);
  await chooseLevel(page, firstId, "1");
  await expect(page.getByTestId("etat-enregistrement")).toHaveText(/Enregistré à/);
  await page.goto(`/mes-services/${serviceId}`);
  await expect(page.getByTestId("etat-publication")).toHaveText("Modifiée depuis la publication");
  await page.getByRole("button", { name: "Revenir à la version publiée" }).click();
  await expect(page.getByText("1 réponse restaurée.")).toBeVisible();
  await expect(page.getByTestId("etat-publication")).toHaveText("Publiée");

  // A real change, republished: publication 2, and the difference is shown.
  await page.goto(`/mes-services/${serviceId}/positionnement`);
  await chooseLevel(page, firstId, "4");
  await expect(page.getByTestId("etat-enregistrement")).toHaveText(/Enregistré à/);
  await page.goto(`/mes-services/${serviceId}`);
  await publishWithConfirmation(page);
  await expect(page.getByText("Publication n° 2 enregistrée.")).toBeVisible();
  await page.goto(`/services/${serviceId}`);
  await page.getByRole("button", { name: "Comparer" }).click();
  await expect(page.getByTestId("reponses-modifiees")).toContainText(`${firstId}`);
  await expect(page.getByTestId("reponses-modifiees")).toContainText("niveau 3 → niveau 4");

  // The history of the criterion tells who changed what.
  await page.goto(`/mes-services/${serviceId}/historique?critere=${firstId}`);
  // level 2 with justification, evidence link, level 3, level 1, revert to 3, level 4 (the invalid link was never saved)
  const rows = page.getByRole("row");
  await expect(rows).toHaveCount(1 + 6);
  await expect(rows.nth(1)).toContainText("niveau 3");
  await expect(rows.nth(1).locator("td").last()).toContainText("niveau 4");
  await expect(rows.nth(6)).toContainText(JUSTIFICATION);

  // Exports: the members' draft and the public publication, accented text as typed.
  const draftCsv = await page.request.get(`/mes-services/${serviceId}/export?format=csv`);
  expect(draftCsv.status()).toBe(200);
  expect(await draftCsv.text()).toContain(JUSTIFICATION);
  const publicJson = await (await page.request.get(`/services/${serviceId}/export?format=json&publication=1`)).json();
  expect(publicJson).toMatchObject({ format: "positionnement-v1", nature: "publication", publication: { numero: 1 } });
  expect(publicJson.reponses.find((r: { critere: string }) => r.critere === firstId)).toMatchObject({ niveau: 3, justification: JUSTIFICATION });

  // In the public catalogue.
  await page.goto("/services?q=atelier");
  await expect(page.getByRole("link", { name: "Atelier d'écriture E2E" })).toBeVisible();
});

test("two people editing the same answer: the second is told, chooses, nothing is lost", async ({ browser }) => {
  const one = await browser.newContext();
  const two = await browser.newContext();
  const a = await one.newPage();
  const b = await two.newPage();
  await signInAs(a, EDITOR_A);
  await signInAs(b, EDITOR_A);
  const serviceId = await createService(a, "Service à deux mains");
  await b.goto(`/mes-services/${serviceId}/positionnement`);
  const id = (await a.locator("article[id^=critere-]").first().getAttribute("id"))!.replace("critere-", "");

  const cardA = await chooseLevel(a, id, "2");
  await cardA.getByLabel("Justification").fill("Réponse de la première personne");
  await expect(cardA.getByText(/Enregistré à/)).toBeVisible();

  // B still has the page loaded before A's answer: B's save is refused and B sees A's answer.
  const cardB = await chooseLevel(b, id, "4");
  await expect(cardB.getByRole("alert")).toContainText("Ce critère a été modifié par");
  await expect(cardB.getByRole("alert")).toContainText("niveau 2");
  await expect(cardB.getByRole("alert")).toContainText("Réponse de la première personne");
  await expect(b.getByTestId("etat-enregistrement")).toContainText("modifié par une autre personne");
  await expectNoAxeViolations(b);

  await cardB.getByRole("button", { name: "Garder ma réponse" }).click();
  await expect(cardB.getByText(/Enregistré à/)).toBeVisible();

  await a.reload();
  await expect(a.locator(`#critere-${id}`).getByRole("radio", { name: /^4 — Exemplaire/ })).toBeChecked();
  await one.close();
  await two.close();
});

test("another organisation's draft is invisible: pages answer 404, the public side knows nothing", async ({ browser }) => {
  const ctxA = await browser.newContext();
  const a = await ctxA.newPage();
  await signInAs(a, EDITOR_A);
  const serviceId = await createService(a, "Brouillon confidentiel");
  await ctxA.close();

  const ctxB = await browser.newContext();
  const b = await ctxB.newPage();
  await signInAs(b, EDITOR_B);
  for (const path of [`/mes-services/${serviceId}`, `/mes-services/${serviceId}/positionnement`, `/mes-services/${serviceId}/profil`, `/mes-services/${serviceId}/historique?critere=INT-01`]) {
    const r = await b.goto(path);
    expect(r?.status(), path).toBe(404);
  }
  await b.goto("/mes-services");
  await expect(b.getByText("Brouillon confidentiel")).toHaveCount(0);
  const exported = await b.request.get(`/mes-services/${serviceId}/export?format=json`);
  expect(exported.status()).toBe(404);
  expect(await exported.text()).not.toContain("Brouillon confidentiel");
  await ctxB.close();

  const anon = await browser.newPage();
  expect((await anon.goto(`/services/${serviceId}`))?.status()).toBe(404);
  await anon.goto("/services");
  await expect(anon.getByText("Brouillon confidentiel")).toHaveCount(0);
  await anon.goto(`/mes-services/${serviceId}`);
  await expect(anon).toHaveURL(/\/connexion/);
  expect((await anon.request.get(`/mes-services/${serviceId}/export?format=csv`)).status()).toBe(401);
  expect((await anon.request.get(`/services/${serviceId}/export?format=csv`)).status()).toBe(404);
  await anon.close();
});
