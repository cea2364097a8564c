/**
 * The comparison of two publications, as a visitor reads it: the change of conformity and the
 * gaps closed and opened, not only levels. On the demo service « Messagerie Classe » (its binding
 * criteria are at level 2 in its first publication: non conforme), which no other spec changes.
 */
import { test, expect, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { EDITOR_A, publishWithConfirmation, signInAs } from "./session";

const SERVICE = "demo-svc-messagerie";

async function setLevel(page: Page, criterionId: string, level: string) {
  await page.goto(`/mes-services/${SERVICE}/positionnement?axe=${criterionId.split("-")[0]}#critere-${criterionId}`);
  const card = page.locator(`#critere-${criterionId}`);
  await card.getByRole("group", { name: `Niveau atteint pour ${criterionId}` }).getByText(new RegExp(`^${level}`)).click();
  await expect(page.getByTestId("etat-enregistrement")).toHaveText(/Enregistré à/);
}

async function publish(page: Page, number: number) {
  await page.goto(`/mes-services/${SERVICE}`);
  await publishWithConfirmation(page);
  await expect(page.getByText(`Publication n° ${number} enregistrée.`)).toBeVisible();
}

async function compare(page: Page, from: number, to: number) {
  await page.goto(`/services/${SERVICE}`);
  await page.getByLabel("De la publication").selectOption(String(from));
  await page.getByLabel("À la publication").selectOption(String(to));
  await page.getByRole("button", { name: "Comparer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`publication n° ${from} → n° ${to}`);
}

test("comparing two publications shows the conformity change and the gaps closed and opened", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, EDITOR_A);
  // The gaps of publication 1, as its public page lists them.
  await page.goto(`/services/${SERVICE}`);
  await expect(page.getByTestId("conformite")).toHaveText("Non conforme : écarts sur des critères opposables");
  const gaps = (await page.getByTestId("ecarts").getByRole("link").allTextContents()).map((t) => t.trim());
  expect(gaps.length).toBeGreaterThan(1);

  // Every gap raised to level 3: publication 2 conforms.
  for (const id of gaps) await setLevel(page, id, "3");
  await publish(page, 2);
  await compare(page, 1, 2);
  await expect(page.getByTestId("changement-conformite")).toContainText("Non conforme → Conforme");
  await expect(page.getByRole("heading", { name: `Écarts résorbés (${gaps.length})` })).toBeVisible();
  const closed = page.getByTestId("ecarts-resorbes").getByRole("listitem");
  await expect(closed).toHaveCount(gaps.length);
  await expect(closed.filter({ hasText: gaps[0] })).toContainText("niveau 2 → niveau 3");
  await expect(page.getByRole("heading", { name: "Nouveaux écarts (0)" })).toBeVisible();
  await expectNoAxeViolations(page);

  // One binding criterion falls to level 1: publication 3 no longer conforms, one gap opened.
  await setLevel(page, gaps[0], "1");
  await publish(page, 3);
  await compare(page, 2, 3);
  await expect(page.getByTestId("changement-conformite")).toContainText("Conforme → Non conforme");
  await expect(page.getByTestId("nouveaux-ecarts").getByRole("listitem")).toHaveText([new RegExp(`^${gaps[0]} — .+ : niveau 3 → niveau 1$`)]);
  await expect(page.getByRole("heading", { name: "Écarts résorbés (0)" })).toBeVisible();

  // From 1 to 3: still non conforme; one gap still open, the others closed.
  await compare(page, 1, 3);
  await expect(page.getByTestId("changement-conformite")).toContainText("Inchangée : Non conforme");
  await expect(page.getByTestId("ecarts-maintenus").getByRole("listitem")).toHaveText([new RegExp(`^${gaps[0]} — .+ : niveau 2 → niveau 1$`)]);
  await expect(page.getByTestId("ecarts-resorbes").getByRole("listitem")).toHaveCount(gaps.length - 1);
  await expectNoAxeViolations(page);
});
