/**
 * Dates and times in Paris time for a browser in another time zone (Cayenne, UTC−3) and a server
 * in UTC (playwright.config.ts), the head's decisions (a second click records nothing, the form
 * keeps the decision in force), and the points d'attention of a school: the same on its page, in
 * its CSV and in its PDF report.
 *
 * Uses the Lycée du Vercors (demo), which chefs.spec.ts leaves empty.
 */
import fs from "node:fs";
import { test, expect, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { EDITOR_B, signInAs } from "./session";
import { expectNextReview, fillNextReview } from "./review-date";
import { readReport, squash } from "../reports-pdf";
import { parseCsvRecords } from "../../lib/csv";

test.use({ timezoneId: "America/Cayenne" });

const HEAD_VERCORS = "chef.vercors@demo.invalid";
const VERCORS = "0380105H";
const DECLARED = "Cahier de liaison « Fuseau »";
const COMMENT = "Revu avec l’éditeur : hébergement en France, « à suivre » à la rentrée.";

/**
 * "02/12/2026 à 8 h 31" for an instant, in Europe/Paris, written here with Intl alone (not with
 * lib/format, which is what is being checked).
 */
function parisDateTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} à ${Number(parts.hour)} h ${parts.minute}`;
}

/** Today in Paris as the date field takes it (YYYY-MM-DD). */
const parisToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

async function addFromCatalogue(page: Page, search: string, serviceName: string) {
  const form = page.getByRole("form", { name: "Rechercher dans le catalogue des services positionnés" });
  await form.getByLabel("Nom du service ou de l'éditeur").fill(search);
  await form.getByRole("button", { name: "Rechercher dans le catalogue" }).click();
  await page.getByRole("button", { name: `Ajouter ${serviceName}` }).click();
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: serviceName }) }).filter({ hasText: "Déjà dans la liste" })).toBeVisible();
}

const reviewForm = (page: Page) => page.getByRole("form", { name: "Décision de l'établissement" });

test("a head in another time zone: times in Paris time, one decision for two clicks, the same points d'attention on the page, in the CSV and in the PDF", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, HEAD_VERCORS);
  // The browser really is in Cayenne.
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("America/Cayenne");
  expect(await page.evaluate(() => new Date("2026-12-02T12:00:00Z").getTimezoneOffset())).toBe(180);

  await page.goto(`/etablissements/${VERCORS}`);
  await expect(page.getByText("Aucun service dans la liste.")).toBeVisible();
  await addFromCatalogue(page, "Horizon", "Vie scolaire Horizon");
  await addFromCatalogue(page, "Messagerie", "Messagerie Classe");
  await addFromCatalogue(page, "lumiere", "Manuels interactifs Lumière");
  const declare = page.getByRole("form", { name: "Déclarer un service non positionné par son éditeur" });
  await declare.getByLabel("Nom du service").fill(DECLARED);
  await declare.getByLabel("Éditeur").fill("Société Exemple");
  await declare.getByRole("button", { name: "Déclarer ce service" }).click();
  await expect(page.getByText(`« ${DECLARED} » est ajouté, comme service non positionné par l'éditeur.`)).toBeVisible();

  // A decision on Horizon, with a comment and a next review today (so it is already due).
  await page.goto(`/etablissements/${VERCORS}`);
  await page.getByTestId("tableau-services").getByRole("link", { name: "Vie scolaire Horizon" }).click();
  const form = reviewForm(page);
  await form.locator("label").filter({ hasText: /^À surveiller/ }).click();
  await form.getByLabel("Commentaire (facultatif)").fill(COMMENT);
  await fillNextReview(form, parisToday());
  await form.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByText("Décision « À surveiller » enregistrée.")).toBeVisible();
  const history = page.getByTestId("historique");
  await expect(history.getByRole("row")).toHaveCount(2);

  // The form shows the decision just saved, not an empty comment.
  await expect(form.getByRole("radio", { name: /^À surveiller/ })).toBeChecked();
  await expect(form.getByLabel("Commentaire (facultatif)")).toHaveValue(COMMENT);
  // Pressing again records nothing: same decision, same comment, same date.
  await form.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByText(/^Décision déjà enregistrée/)).toBeVisible();
  await page.reload();
  await expect(history.getByRole("row")).toHaveCount(2);
  await expect(form.getByRole("radio", { name: /^À surveiller/ })).toBeChecked();
  await expect(form.getByLabel("Commentaire (facultatif)")).toHaveValue(COMMENT);
  await expectNextReview(form, parisToday());

  // The time of the decision, in the history: Paris time of the instant the server recorded.
  const time = history.getByRole("row").nth(1).locator("time");
  const decidedAt = (await time.getAttribute("datetime"))!;
  expect(Math.abs(Date.parse(decidedAt) - Date.now())).toBeLessThan(10 * 60_000);
  await expect(time).toHaveText(parisDateTime(decidedAt));
  await expectNoAxeViolations(page);

  // Messagerie: decided, nothing to review.
  await page.goto(`/etablissements/${VERCORS}`);
  await page.getByTestId("tableau-services").getByRole("link", { name: "Messagerie Classe" }).click();
  await form.locator("label").filter({ hasText: /^Conforme/ }).click();
  await form.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByText("Décision « Conforme » enregistrée.")).toBeVisible();

  // The school page: 3 of 4 services to review, each with its reasons.
  await page.goto(`/etablissements/${VERCORS}`);
  await expect(page.getByText("3 services sur 4 sont à revoir.")).toBeVisible();
  const points = page.getByTestId("points-attention").getByRole("listitem");
  await expect(points).toHaveCount(3);
  const pageLines = (await points.allTextContents()).map((t) => squash(t));
  const pageNames = await page.getByTestId("points-attention").getByRole("link").allTextContents();
  expect(pageNames).toEqual([DECLARED, "Manuels interactifs Lumière", "Vie scolaire Horizon"]);
  expect(pageLines[0]).toContain("Non positionné par son éditeur");
  expect(pageLines[1]).toContain("Aucune décision enregistrée");
  expect(pageLines[2]).toMatch(/Revue arrivée à échéance le \d{1,2}(er)? \S+ \d{4}/);
  await expectNoAxeViolations(page);

  // The « À revoir » filter shows the same services.
  const filters = page.getByRole("form", { name: "Filtrer les services de l'établissement" });
  await filters.getByText("À revoir seulement").click();
  await filters.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByText("3 services affichés sur 4")).toBeVisible();
  await expect(page.getByTestId("tableau-services").getByRole("rowheader")).toHaveText(pageNames);

  // The CSV (all services): the same reasons in its "Points d'attention" column.
  await page.getByRole("link", { name: "Effacer les filtres" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger le tableau (CSV)" }).click()]);
  const csv = parseCsvRecords(fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, ""), ";");
  expect(csv.map((r) => r.Service)).toEqual([DECLARED, "Manuels interactifs Lumière", "Messagerie Classe", "Vie scolaire Horizon"]);
  const csvLines = csv.filter((r) => r["Points d'attention"]).map((r) => squash(`${r.Service} : ${r["Points d'attention"]}.`));
  expect(csvLines).toEqual(pageLines);
  expect(csv.find((r) => r.Service === "Messagerie Classe")?.["Points d'attention"]).toBe("");

  // The PDF report: the same count and the same lines, and Horizon's decision as typed, once.
  const [reportDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Télécharger le rapport de conformité/ }).click()]);
  const { text } = await readReport(fs.readFileSync((await reportDownload.path())!));
  expect(text).toContain(squash("Points d'attention 3 services sur 4 sont à revoir."));
  for (const line of pageLines) expect(text).toContain(line);
  expect(text).not.toContain("Aucun : chaque service");
  expect(text).toContain(squash(`Commentaire : ${COMMENT}`));
  // The report's date is Paris time too (« État au 02/12/2026 à 8 h 31 »), within the minutes of the download.
  const stamp = /État au (\d\d\/\d\d\/\d{4} à \d{1,2} h \d\d)/.exec(text)?.[1];
  const now = Date.now();
  expect([-60_000, 0, 60_000, 120_000].map((d) => parisDateTime(new Date(now - d).toISOString()))).toContain(stamp);
});

test("a publication's date and time are Paris time for a visitor in another time zone", async ({ page, request }) => {
  const exported = await (await request.get("/services/demo-svc-manuels/export?format=json")).json();
  const publishedAt: string = exported.publication.date;
  expect(publishedAt).toMatch(/Z$/);
  await page.goto("/services/demo-svc-manuels");
  const time = page.locator("main time").first();
  await expect(time).toHaveAttribute("datetime", new Date(publishedAt).toISOString());
  await expect(time).toHaveText(parisDateTime(publishedAt));
  // The list of publications says the same.
  await expect(page.getByRole("listitem").filter({ hasText: "Publication n° 1" })).toContainText(`du ${parisDateTime(publishedAt)}`);
});

/** "9 décembre 2026 à 8 h 31", written here with Intl alone. */
function parisLongDateTime(d: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.day === "1" ? "1er" : p.day} ${p.month} ${p.year} à ${Number(p.hour)} h ${p.minute}`;
}

test("an invitation's expiry, written by the browser in Cayenne, is Paris time", async ({ page }) => {
  await signInAs(page, EDITOR_B);
  await page.goto("/espace/organisations/demo-org-edulab");
  await page.getByLabel("Adresse électronique de la personne invitée").fill("fuseau.horaire@exemple.fr");
  const before = Date.now();
  await page.getByRole("button", { name: "Créer le lien d'invitation" }).click();
  const message = page.getByText(/il ne sert qu'une fois et expire le/);
  await expect(message).toBeVisible();
  const after = Date.now();
  // Seven days later, in Paris time (one of the minutes between the click and the answer).
  const week = 7 * 24 * 3600_000;
  const candidates = new Set<string>();
  for (let t = before - 60_000; t <= after + 60_000; t += 30_000) candidates.add(parisLongDateTime(new Date(t + week)));
  const shown = /expire le (.+? à \d{1,2} h \d\d)\./.exec((await message.textContent()) ?? "")?.[1];
  expect([...candidates]).toContain(shown);
});
