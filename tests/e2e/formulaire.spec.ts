/**
 * The positioning form as people use it: keyboard only, reloads compared with the export,
 * warnings before leaving with an unsaved answer, the publish confirmation and its refusal
 * linking to the fields. Screenshots go to test-results/screenshots/ to be looked at.
 */
import { test, expect, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { EDITOR_A, signInAs } from "./session";

const SHOTS = "test-results/screenshots";

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

type ExportJson = { reponses: { critere: string; axe: string; niveau: number | "na" | null; justification: string; raison_na: string | null }[] };

/** Where the keyboard focus is: the criterion card it is in, and what it is. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
    const card = el?.closest("article[id^=critere-]");
    const label = el && "labels" in el && el.labels?.[0] ? el.labels[0].textContent ?? "" : "";
    return {
      criterion: card ? card.id.replace("critere-", "") : null,
      tag: el?.tagName ?? "",
      type: (el as HTMLInputElement | null)?.type ?? "",
      value: (el as HTMLInputElement | null)?.value ?? "",
      checked: (el as HTMLInputElement | null)?.checked ?? false,
      label,
    };
  });
}

/** The checked level of every criterion card on the page (hidden axes included), by the card's id. */
async function checkedLevels(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const card of document.querySelectorAll("article[id^=critere-]")) {
      const radio = card.querySelector<HTMLInputElement>("input[type=radio]:checked");
      if (radio) out[card.id.replace("critere-", "")] = radio.value;
    }
    return out;
  });
}

/** The ids of the criteria of the axis on screen, in order. */
async function visibleCriteria(page: Page) {
  const ids = await page.locator("div:not([hidden]) > section article[id^=critere-]").evaluateAll((els) => els.map((e) => e.id.replace("critere-", "")));
  expect(ids.length).toBeGreaterThan(0);
  return ids;
}

/** Presses Tab until the focus is in a level radio group; that group must be the expected criterion's. */
async function tabToLevels(page: Page, criterionId: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.type === "radio") {
      expect(f.criterion, "le premier groupe de niveaux atteint par Tab").toBe(criterionId);
      return f;
    }
  }
  throw new Error(`Tab n'atteint pas les niveaux de ${criterionId}`);
}

/** Presses a key in a level group and checks that the focus stays in it and no other criterion changed. */
async function pressInGroup(page: Page, criterionId: string, key: string) {
  const before = await checkedLevels(page);
  await page.keyboard.press(key);
  const f = await focused(page);
  expect(f.criterion, `${key} reste dans les niveaux de ${criterionId}`).toBe(criterionId);
  expect(f.type).toBe("radio");
  const after = await checkedLevels(page);
  delete before[criterionId];
  delete after[criterionId];
  expect(after, `${key} dans ${criterionId} ne change aucun autre critère`).toEqual(before);
  return f;
}

test("ten criteria on two axes answered with the keyboard alone are shown after a reload exactly as the export holds them", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, EDITOR_A);
  const serviceId = await createService(page, "Clavier seul E2E");

  // What is typed and chosen, criterion by criterion.
  const expected = new Map<string, { level: string; justification: string; reason?: string }>();

  /**
   * One criterion: Tab to its levels, Space (level 0), then arrows; Tab to the justification and type.
   * `moves`: arrow presses after Space, e.g. ["ArrowUp"] wraps from 0 to "non applicable" inside the group.
   */
  async function answer(id: string, moves: string[], level: string) {
    const first = await tabToLevels(page, id);
    expect(first).toMatchObject({ value: "0", checked: false });
    let f = await pressInGroup(page, id, "Space");
    expect(f).toMatchObject({ value: "0", checked: true });
    for (const key of moves) f = await pressInGroup(page, id, key);
    expect(f).toMatchObject({ value: level, checked: true });
    let reason: string | undefined;
    if (level === "na") {
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatchObject({ criterion: id, tag: "TEXTAREA", label: expect.stringMatching(/^Raison de la non-applicabilité/) });
      reason = `Sans objet pour ${id} : aucune donnée concernée`;
      await page.keyboard.type(reason);
    }
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ criterion: id, tag: "TEXTAREA", label: expect.stringMatching(/^Justification/) });
    const justification = `Réponse au clavier pour ${id} : « ${level} », élève noté à 12,5 €`;
    await page.keyboard.type(justification);
    expected.set(id, { level, justification, reason });
  }

  const plans: { moves: string[]; level: string }[] = [
    { moves: ["ArrowDown", "ArrowDown", "ArrowDown"], level: "3" },
    { moves: [], level: "0" },
    { moves: ["ArrowUp"], level: "na" }, // from the first level, up wraps to the last one of the same criterion
    { moves: ["ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown"], level: "4" },
    { moves: ["ArrowRight", "ArrowLeft", "ArrowDown"], level: "1" },
    { moves: ["ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown"], level: "2" }, // past the end: wraps inside
  ];

  // Axis 1: the first six criteria, in order.
  const axis1 = await visibleCriteria(page);
  for (let k = 0; k < 6; k++) await answer(axis1[k], plans[k].moves, plans[k].level);

  // Axis 2, reached by keyboard: back up to the axis buttons, Enter.
  const axisButtons = page.getByRole("navigation", { name: "Axes de la grille" }).getByRole("button");
  const secondAxisLabel = (await axisButtons.nth(1).textContent())!.replace(/\s*\(.*$/, "");
  for (let i = 0; ; i++) {
    expect(i, "Maj+Tab atteint les boutons des axes").toBeLessThan(200);
    await page.keyboard.press("Shift+Tab");
    const text = await page.evaluate(() => (document.activeElement?.tagName === "BUTTON" ? document.activeElement.textContent : ""));
    if (text?.startsWith(secondAxisLabel)) break;
  }
  await page.keyboard.press("Enter");
  await expect(axisButtons.nth(1)).toHaveAttribute("aria-current", "true");
  const axis2 = await visibleCriteria(page);
  expect(axis2.some((id) => axis1.includes(id))).toBe(false);
  for (let k = 0; k < 5; k++) await answer(axis2[k], plans[(k + 1) % plans.length].moves, plans[(k + 1) % plans.length].level);

  await expect(page.getByTestId("etat-enregistrement")).toHaveText(/^Enregistré à \d{1,2} h \d\d$/, { timeout: 30_000 });
  await page.screenshot({ path: `${SHOTS}/positionnement-clavier-1280.png`, fullPage: false });

  // The draft as the server holds it.
  const exported = (await (await page.request.get(`/mes-services/${serviceId}/export?format=json`)).json()) as ExportJson;
  const serverLevel = (n: number | "na" | null) => (n === null ? undefined : String(n));
  const answeredOnServer = exported.reponses.filter((r) => r.niveau !== null).map((r) => r.critere);
  expect(answeredOnServer.sort(), "seuls les critères touchés ont un niveau").toEqual([...expected.keys()].sort());
  for (const [id, e] of expected) {
    const r = exported.reponses.find((x) => x.critere === id)!;
    expect({ id, niveau: serverLevel(r.niveau), justification: r.justification, raison: r.raison_na ?? undefined }).toEqual({
      id,
      niveau: e.level,
      justification: e.justification,
      raison: e.reason,
    });
  }

  // Reload: every criterion of every axis shows what the export says, one by one.
  await page.reload();
  const onScreen = await checkedLevels(page);
  for (const r of exported.reponses) {
    expect(onScreen[r.critere], `niveau affiché pour ${r.critere}`).toBe(serverLevel(r.niveau));
    const card = page.locator(`#critere-${r.critere}`);
    await expect(card.getByRole("textbox", { name: /^Justification/, includeHidden: true }), `justification affichée pour ${r.critere}`).toHaveValue(r.justification);
  }
  expect(Object.keys(onScreen).sort()).toEqual([...expected.keys()].sort());
  await expectNoAxeViolations(page);
});

test("the live scores keep a criterion's saved level while its answer on screen is being corrected", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, EDITOR_A);
  await createService(page, "Scores en direct E2E");
  const maturity = page.getByRole("complementary", { name: "Scores en direct" }).getByTestId("maturite-globale");
  await expect(maturity).toHaveText("non évaluée");
  const card = page.locator("article[id^=critere-]").first();
  await card.getByText(/^2 — Partiel/).click();
  await expect(card.getByText(/Enregistré à \d+ h \d\d/)).toBeVisible();
  await expect(maturity).toHaveText(/^50\s%$/);

  // A bad evidence link: the answer on screen is invalid and not saved; the scores keep level 2,
  // the one the server holds, instead of dropping the criterion ("non évaluée").
  await card.getByLabel("Liens de preuve").fill("pas-une-adresse");
  await expect(card.getByText("Non enregistré : à corriger")).toBeVisible();
  await expect(maturity).toHaveText(/^50\s%$/);
  // Another level while the link is still wrong: still not saved, still the saved level.
  await card.getByText(/^3 — Conforme/).click();
  await expect(maturity).toHaveText(/^50\s%$/);

  // Corrected: what is on screen counts again, and is saved.
  await card.getByLabel("Liens de preuve").fill("https://exemple.fr/preuve.pdf");
  await expect(maturity).toHaveText(/^75\s%$/);
  await expect(page.getByTestId("etat-enregistrement")).toHaveText(/^Enregistré à/);
  await expectNoAxeViolations(page);
});

test("leaving with an unsaved or invalid answer asks first; leaving when all is saved does not", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, EDITOR_A);
  const serviceId = await createService(page, "Départ sans perte E2E");
  const dialogs: string[] = [];
  // Questions are answered "stay on the page", unless the test says otherwise.
  let leave = false;
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void (leave ? d.accept() : d.dismiss());
  });

  const card = page.locator("article[id^=critere-]").first();
  const id = (await card.getAttribute("id"))!.replace("critere-", "");
  await card.getByText(/^2 — Partiel/).click();
  await expect(card.getByText(/Enregistré à \d+ h \d\d/)).toBeVisible();

  // All saved: an in-app link and a reload leave without a question.
  await page.reload();
  await page.getByRole("link", { name: "Mes services" }).first().click();
  await expect(page).toHaveURL(/\/mes-services$/);
  expect(dialogs).toEqual([]);

  // A bad evidence link: not saved, and said so.
  await page.goto(`/mes-services/${serviceId}/positionnement`);
  await card.getByLabel("Liens de preuve").fill("https://exemple.fr/ok\npas-une-adresse\n\nencore faux");
  await expect(card.getByText("Non enregistré : à corriger")).toBeVisible();
  await expect(card.getByText("Lien de preuve invalide (ligne 2) ; lien de preuve invalide (ligne 4).", { exact: false })).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/critere-en-erreur.png` });

  // In-app link (client-side navigation, no beforeunload): asked, "stay" keeps the page and the text.
  await page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: "Mes services" }).click();
  await expect.poll(() => dialogs).toEqual(["confirm"]);
  await expect(page).toHaveURL(new RegExp(`/mes-services/${serviceId}/positionnement`));
  await expect(card.getByLabel("Liens de preuve")).toHaveValue("https://exemple.fr/ok\npas-une-adresse\n\nencore faux");

  // Closing the tab or reloading: the browser's own warning.
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(["confirm", "beforeunload"]);
  expect(page.isClosed()).toBe(false);

  // Leaving all the same ("leave" to the browser's question): after the reload, the form shows
  // what the server holds, not what the browser remembers of the page.
  leave = true;
  await page.reload();
  leave = false;
  expect(dialogs).toEqual(["confirm", "beforeunload", "beforeunload"]);
  await expect(card.getByLabel("Liens de preuve")).toHaveValue("");
  await expect(card.getByRole("radio", { name: /^2 — Partiel/ })).toBeChecked();
  await expect(card.getByText(/Enregistré à \d+ h \d\d/)).toBeVisible();

  // A valid change still waiting for its save (typed just now) is unsaved too.
  await card.getByLabel("Liens de preuve").fill("https://exemple.fr/preuve.pdf");
  await card.getByRole("textbox", { name: /^Justification/ }).fill("Tapé à l'instant");
  await page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: "Mes services" }).click();
  await expect.poll(() => dialogs).toEqual(["confirm", "beforeunload", "beforeunload", "confirm"]);
  await expect(page).toHaveURL(new RegExp(`/mes-services/${serviceId}/positionnement`));

  // Once the server has it: no question.
  await expect(page.getByTestId("etat-enregistrement")).toHaveText(/^Enregistré à/);
  const exported = (await (await page.request.get(`/mes-services/${serviceId}/export?format=json`)).json()) as ExportJson;
  expect(exported.reponses.find((r) => r.critere === id)).toMatchObject({ niveau: 2, justification: "Tapé à l'instant" });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual(["confirm", "beforeunload", "beforeunload", "confirm"]);
});

test("publishing asks for confirmation; a refusal links each criterion to its field, in its axis", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, EDITOR_A);
  const serviceId = await createService(page, "Publication confirmée E2E");
  // A binding criterion of the first axis at level 1: one gap.
  const card = page.locator("div:not([hidden]) > section article[id^=critere-]").filter({ hasText: "Opposable" }).first();
  const gapId = (await card.getAttribute("id"))!.replace("critere-", "");
  await card.getByText(/^1 — Initial/).click();
  await expect(page.getByTestId("etat-enregistrement")).toHaveText(/^Enregistré à/);

  // To look at: the form and its live scores, wide and narrow.
  const liveScores = page.getByRole("complementary", { name: "Scores en direct" }).getByRole("region", { name: "Scores", exact: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${SHOTS}/positionnement-375.png` });
  await card.screenshot({ path: `${SHOTS}/critere-375.png` });
  await liveScores.screenshot({ path: `${SHOTS}/scores-direct-375.png` });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/positionnement-1280.png` });
  await liveScores.screenshot({ path: `${SHOTS}/scores-direct-1280.png` });

  await page.goto(`/mes-services/${serviceId}`);
  await expect(page.getByTestId("ecarts").locator("li")).toHaveCount(1);
  const publishButton = page.getByRole("button", { name: "Publier" });
  await publishButton.focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("region", { name: "Publier ce positionnement\u00a0?" });
  await expect(confirm).toBeVisible();
  await expect(page.getByRole("heading", { name: "Publier ce positionnement\u00a0?" })).toBeFocused();
  await expect(confirm).toContainText(`/services/${serviceId}`);
  await expect(confirm).toContainText("justifications et les liens de preuve");
  await expect(confirm).toContainText("les scores");
  await expect(page.getByTestId("confirmation-ecarts")).toHaveText("1 écart aux critères opposables (sous le niveau 3) restera affiché sur la page publique, avec l'échéance.");
  await expect(confirm).toContainText(/\d+ critères sont encore à compléter/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/confirmation-publication.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await confirm.screenshot({ path: `${SHOTS}/confirmation-publication-375.png` });
  await page.getByRole("region", { name: "Scores", exact: true }).screenshot({ path: `${SHOTS}/scores-service-375.png` });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Escape: nothing published, focus back on "Publier".
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(publishButton).toBeFocused();

  // Enter again, Tab to "Confirmer la publication", Enter: refused, with links.
  await page.keyboard.press("Enter");
  await expect(confirm).toBeVisible();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent)) === "Confirmer la publication") break;
  }
  await page.keyboard.press("Enter");
  const refusal = page.getByTestId("resultat-publication");
  await expect(refusal).toContainText(/Publication impossible : \d+ critères à compléter/);
  await expect(refusal).toBeFocused();
  const links = refusal.getByRole("link");
  const count = Number((await refusal.textContent())!.match(/Publication impossible : (\d+) critères/)![1]);
  await expect(links).toHaveCount(count);
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^/mes-services/${serviceId}/positionnement\\?axe=[A-Z]+#critere-[A-Z]+-\\d+$`));
  await page.screenshot({ path: `${SHOTS}/refus-publication.png`, fullPage: true });
  await expectNoAxeViolations(page);

  // A criterion of another axis than the first: its axis is shown and its first field focused.
  const target = hrefs.find((h) => !h.includes("?axe=INT#"))!;
  const targetId = target.split("#critere-")[1];
  const targetAxis = target.split("?axe=")[1].split("#")[0];
  await links.filter({ hasText: targetId }).click();
  await expect(page).toHaveURL(new RegExp(`axe=${targetAxis}#critere-${targetId}$`));
  await expect(page.locator(`#critere-${targetId}`)).toBeVisible();
  await expect(page.locator(`#critere-${targetId}`).getByRole("radio").first()).toBeFocused();
  await expect(page.locator(`#critere-${targetId}`)).toBeInViewport();
  await expect(page.getByRole("navigation", { name: "Axes de la grille" }).locator("button[aria-current=true]")).toHaveCount(1);

  // The live gap links of the form switch to the gap's axis and focus its level.
  await expect(page.locator(`#critere-${gapId}`)).toBeHidden();
  await page.getByRole("complementary", { name: "Scores en direct" }).getByRole("link", { name: gapId }).click();
  await expect(page.locator(`#critere-${gapId}`)).toBeVisible();
  await expect(page.locator(`#critere-${gapId}`).getByRole("radio", { name: /^1 — Initial/ })).toBeFocused();

  // Arriving with only "#critere-ID" (no axis in the address): the right axis all the same.
  await page.goto(`/mes-services/${serviceId}/positionnement#critere-${targetId}`);
  await expect(page.locator(`#critere-${targetId}`).getByRole("radio").first()).toBeFocused();
});
