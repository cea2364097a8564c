import { test, expect } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { currentGrid } from "../../lib/grid/current";
import { formatPercent, scoreAssessment, CONFORMITY_LABELS } from "../../lib/scoring";
import { EXAMPLE_AXIS, exampleAnswers, exampleCriteria } from "../../lib/scoring/example";
import { parseCsv } from "../../lib/csv";

const grid = currentGrid();

test("the grid page lists every criterion by axis with its basis, force and reference", async ({ page }) => {
  await page.goto("/grille");
  await expect(page.getByText(`${grid.criteria.length} critères.`, { exact: true })).toBeVisible();
  for (const axis of grid.axes) await expect(page.getByRole("heading", { level: 2, name: axis.label })).toBeVisible();
  const sec = grid.criteria.find((c) => c.id === "SEC-01")!;
  const card = page.locator("article#SEC-01");
  await expect(card.getByRole("heading", { level: 4 })).toContainText(`SEC-01 — ${sec.title}`);
  await expect(card).toContainText(sec.attendu);
  await expect(card).toContainText(sec.reference.document);
  await expect(card).toContainText(sec.basis === "officiel" ? "Texte officiel" : "Lecture de la doctrine");
  await expect(card.getByRole("table")).toContainText(sec.niveaux[3]);
  for (const socle of ["ÉduConnect", "GAR", "DNMA", "SCOPE", "CRDC"]) await expect(page.locator("#axe-SOC").locator("..")).toContainText(socle);
  await expectNoAxeViolations(page);
});

test("a criterion has its own anchor", async ({ page }) => {
  await page.goto("/grille#SEC-05");
  await expect(page.locator("article#SEC-05")).toBeInViewport();
});

test("filters by axis and force through the form, keyboard only", async ({ page }) => {
  await page.goto("/grille");
  await page.getByLabel("Axe", { exact: true }).selectOption("SEC");
  await page.getByLabel("Force").selectOption("opposable");
  await page.getByRole("button", { name: "Filtrer" }).press("Enter");
  await expect(page).toHaveURL(/axe=SEC/);
  const expected = grid.criteria.filter((c) => c.axis === "SEC" && c.force === "opposable");
  await expect(page.getByText(`${expected.length} critère${expected.length > 1 ? "s" : ""} sur ${grid.criteria.length}`)).toBeVisible();
  await expect(page.locator("article.fr-card")).toHaveCount(expected.length);
  await expect(page.getByRole("heading", { level: 2, name: "Interopérabilité" })).toHaveCount(0);
  await page.getByRole("link", { name: "Effacer les filtres" }).click();
  await expect(page.locator("article.fr-card")).toHaveCount(grid.criteria.length);
});

test("an unknown filter value is ignored with a French message", async ({ page }) => {
  await page.goto("/grille?force=obligatoire");
  await expect(page.getByText("Force inconnue")).toBeVisible();
  await expect(page.locator("article.fr-card")).toHaveCount(grid.criteria.length);
});

test("downloads the grid as CSV and JSON; bad requests get French answers", async ({ request }) => {
  const csv = await request.get(`/grille/export?format=csv&version=${grid.version}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toContain(`grille-positionnement-${grid.version}.csv`);
  const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ""), ";");
  expect(rows).toHaveLength(grid.criteria.length + 1);
  const nr = grid.criteria.find((c) => c.axis === "NR")!;
  expect(rows.find((r) => r[1] === nr.id)?.[4]).toBe(nr.title);

  const json = await request.get("/grille/export?format=json");
  const body = await json.json();
  expect(body.version).toBe(grid.version);
  expect(body.criteria).toHaveLength(grid.criteria.length);
  expect(body.checksum).toMatch(/^[0-9a-f]{64}$/);

  const bad = await request.get("/grille/export?format=pdf");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).erreur).toBe("Format inconnu : « csv » ou « json » attendu.");
  const missing = await request.get("/grille/export?format=csv&version=1999.1");
  expect(missing.status()).toBe(404);
});

test("an unknown grid version is a 404 page", async ({ page }) => {
  const response = await page.goto("/grille?version=1999.1");
  expect(response?.status()).toBe(404);
});

test("the method page's worked example is the engine's result", async ({ page }) => {
  const score = scoreAssessment(exampleCriteria, exampleAnswers, { axes: [EXAMPLE_AXIS] });
  await page.goto("/methode");
  await expect(page.getByTestId("exemple-maturite")).toHaveText(formatPercent(score.axes[0].maturity));
  await expect(page.getByTestId("exemple-completude")).toHaveText(formatPercent(score.axes[0].completion));
  await expect(page.getByTestId("exemple-conformite")).toHaveText(CONFORMITY_LABELS[score.conformity.status]);
  // and the numbers are the ones a reader can redo by hand: (3×3 + 2×2 + 2×1) ÷ (4 × 7) = 15 ÷ 28
  await expect(page.getByTestId("exemple-resultats")).toContainText("15 ÷ 28 = 54\u00a0%");
  await expect(page.getByText("R.421-78-3")).toBeVisible();
  await expectNoAxeViolations(page);
});
