import fs from "node:fs";
import { test, expect, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { EDITOR_A, signInAs } from "./session";
import { fillNextReview, nextReviewGroup } from "./review-date";
import { readReport, squash } from "../reports-pdf";

/** Demo heads (lib/demo/seed.ts): one per demo school. */
const HEAD_TILLEULS = "chef.tilleuls@demo.invalid";
const HEAD_VERCORS = "chef.vercors@demo.invalid";
const TILLEULS = "0260015A";
const DECLARED = "Agenda partagé « E2E »";

/** A date in 3 months, as YYYY-MM-DD (typed as day, month, year) and as the page prints it. */
function inThreeMonths() {
  const d = new Date(Date.now() + 90 * 24 * 3600 * 1000);
  return {
    iso: d.toISOString().slice(0, 10),
    fr: d.toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).replace(/^1 /, "1er "),
  };
}

async function addFromCatalogue(page: Page, search: string, serviceName: string) {
  const form = page.getByRole("form", { name: "Rechercher dans le catalogue des services positionnés" });
  await form.getByLabel("Nom du service ou de l'éditeur").fill(search);
  await form.getByRole("button", { name: "Rechercher dans le catalogue" }).click();
  await expect(page.getByText(/service(s)? trouvé/)).toBeVisible();
  await page.getByRole("button", { name: `Ajouter ${serviceName}` }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: serviceName }) }).filter({ hasText: "Déjà dans la liste" });
  await expect(row).toBeVisible();
}

async function decide(page: Page, serviceName: string, decision: string, comment: string, nextReview?: string) {
  await page.getByTestId("tableau-services").getByRole("link", { name: serviceName }).click();
  await expect(page.getByRole("heading", { level: 1, name: serviceName })).toBeVisible();
  const form = page.getByRole("form", { name: "Décision de l'établissement" });
  await form.locator("label").filter({ hasText: new RegExp(`^${decision.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).click();
  await form.getByLabel("Commentaire (facultatif)").fill(comment);
  if (nextReview) await fillNextReview(form, nextReview);
  await form.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByText(`Décision « ${decision} » enregistrée.`)).toBeVisible();
  await expect(page.getByTestId("historique").getByRole("row").nth(1)).toContainText(comment);
}

test("a head sees the school and its territory, adds services, decides, reads the summary and downloads the CSV; another head sees none of it", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signInAs(page, HEAD_TILLEULS);

  // From Mon espace to the school's page.
  await page.goto("/espace");
  await page.getByRole("link", { name: "Collège de démonstration des Tilleuls" }).click();
  await expect(page).toHaveURL(`/etablissements/${TILLEULS}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Collège de démonstration des Tilleuls");
  await expect(page.getByText("UAI", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText(TILLEULS);
  await expect(page.getByRole("link", { name: "Drôme (26)" })).toBeVisible();
  // The territorial context panel (lib/territory): académie, deployment 2018 and 2025.
  await expect(page.getByRole("heading", { name: "Contexte territorial" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Grenoble", exact: true })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Novembre 2018" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Rentrée 2025" })).toBeVisible();
  await expect(page.getByText(/Aucun service n'est encore dans la liste/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Two published demo services from the catalogue, one declared service.
  await addFromCatalogue(page, "Horizon", "Vie scolaire Horizon");
  await addFromCatalogue(page, "lumiere", "Manuels interactifs Lumière");
  await expectNoAxeViolations(page);
  const declare = page.getByRole("form", { name: "Déclarer un service non positionné par son éditeur" });
  await declare.getByRole("button", { name: "Déclarer ce service" }).click();
  await expect(declare.getByText("Indiquez le nom du service (2 caractères au moins).")).toBeVisible();
  await declare.getByLabel("Nom du service").fill(DECLARED);
  await declare.getByLabel("Éditeur").fill("Société Exemple");
  await declare.getByLabel("Adresse du service (facultatif)").fill("pas une adresse");
  await declare.getByRole("button", { name: "Déclarer ce service" }).click();
  await expect(declare.getByText(/Adresse invalide/)).toBeVisible();
  await declare.getByLabel("Adresse du service (facultatif)").fill("https://agenda.exemple.fr");
  await declare.getByRole("button", { name: "Déclarer ce service" }).click();
  await expect(page.getByText(`« ${DECLARED} » est ajouté, comme service non positionné par l'éditeur.`)).toBeVisible();

  // The table: services × axes, levels as text, the unpositioned one said so.
  const table = page.getByTestId("tableau-services");
  await expect(table.getByRole("rowheader")).toHaveText([DECLARED, "Manuels interactifs Lumière", "Vie scolaire Horizon"]);
  const horizon = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Vie scolaire Horizon" }) });
  await expect(horizon).toContainText("Conforme");
  await expect(horizon).toContainText(/(Émergente|En construction|Intermédiaire|Avancée) \(\d+\s%\)/);
  await expect(horizon).toContainText("Sans décision");
  await expect(table.getByRole("row").filter({ hasText: DECLARED })).toContainText("Non positionné par l'éditeur");
  await expectNoAxeViolations(page);

  // Decisions, each with its history line.
  const next = inThreeMonths();
  await decide(page, "Vie scolaire Horizon", "Conforme", "Positionnement publié vérifié en conseil pédagogique.", next.iso);
  await expect(page.getByText(`prochaine revue le ${next.fr}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Page publique du service" })).toHaveAttribute("href", "/services/demo-svc-vie-scolaire");
  const pdf = await page.request.get((await page.getByRole("link", { name: /Télécharger le rapport PDF de la publication n° 1/ }).getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  await expectNoAxeViolations(page);
  // A past date is refused by the form (and would be by the server).
  const form = page.getByRole("form", { name: "Décision de l'établissement" });
  await fillNextReview(form, "2020-01-01");
  await form.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(form.getByText("La date de la prochaine revue ne peut pas être passée.")).toBeVisible();
  // The date in three fields, the same in every browser: the hint gives an example in that order,
  // a date that does not exist or a missing part is refused in words.
  const date = nextReviewGroup(form);
  await expect(date).toContainText(/Par exemple : \d{1,2} \d{1,2} \d{4}\./);
  await fillNextReview(form, "2031-02-30");
  await form.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(date.getByText("Cette date n'existe pas : vérifiez le jour et le mois.")).toBeVisible();
  await expect(date.getByLabel("Jour")).toHaveAttribute("aria-invalid", "true");
  await date.getByLabel("Année").fill("");
  await form.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(date.getByText("Indiquez le jour, le mois et l'année de la prochaine revue, ou laissez les trois champs vides.")).toBeVisible();
  await expect(date.getByLabel("Année")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.goto(`/etablissements/${TILLEULS}`);
  await decide(page, "Manuels interactifs Lumière", "À surveiller", "Vérifier l'hébergement des données à la rentrée.");
  await page.goto(`/etablissements/${TILLEULS}`);
  await decide(page, DECLARED, "En attente d'information de l'éditeur", "Questionnaire envoyé à l'éditeur.");
  await expect(page.getByText(/Non positionné par l'éditeur : ce service n'a pas publié/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The summary and the filters.
  await page.goto(`/etablissements/${TILLEULS}`);
  const summary = page.getByTestId("synthese");
  await expect(summary).toContainText("1 conforme");
  await expect(summary).toContainText("1 à surveiller");
  await expect(summary).toContainText("0 non conforme");
  await expect(summary).toContainText("1 en attente d'information de l'éditeur");
  await expect(summary).toContainText("0 sans décision");
  await expect(summary).toContainText("1 non positionné par l'éditeur");
  await expect(page.getByTestId("historique").getByRole("row")).toHaveCount(4);
  await page.getByRole("form", { name: "Filtrer les services de l'établissement" }).getByLabel("Décision", { exact: true }).selectOption("a-surveiller");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByText("1 service affiché sur 3")).toBeVisible();
  await expect(table.getByRole("rowheader")).toHaveText(["Manuels interactifs Lumière"]);

  // The CSV of the (filtered, then full) table.
  await page.getByRole("link", { name: "Effacer les filtres" }).click();
  await expect(page.getByText("3 services affichés sur 3")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger le tableau (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe(`services-${TILLEULS}.csv`);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/^Service;Éditeur;Catégorie;Positionnement;/);
  expect(lines.find((l) => l.startsWith("Vie scolaire Horizon;"))).toContain(";Conforme;Positionnement publié vérifié en conseil pédagogique.;");
  expect(lines.find((l) => l.startsWith("Manuels interactifs Lumière;"))).toContain(";À surveiller;");
  expect(lines.find((l) => l.startsWith(`${DECLARED};`))).toContain(";Non positionné par l'éditeur;");
  const serviceHref = await table.getByRole("link", { name: "Vie scolaire Horizon" }).getAttribute("href");

  // The compliance report (PDF): what the page shows, as the head typed it, with the territory.
  const horizonAxes = (await horizon.getByRole("cell").allTextContents()).slice(1, 5);
  const [reportDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Télécharger le rapport de conformité/ }).click()]);
  await expect(page.getByText(/Rapport téléchargé : rapport-conformite-/)).toBeVisible();
  expect(reportDownload.suggestedFilename()).toMatch(new RegExp(`^rapport-conformite-college-de-demonstration-des-tilleuls-${TILLEULS.toLowerCase()}-\\d{4}-\\d\\d-\\d\\d\\.pdf$`));
  const { text: report, info: reportInfo, misnumbered } = await readReport(fs.readFileSync((await reportDownload.path())!));
  expect(misnumbered).toEqual([]);
  expect(reportInfo.Title).toContain("Collège de démonstration des Tilleuls");
  for (const expected of [
    `UAI ${TILLEULS}`,
    "Drôme (26)",
    "Académie Grenoble",
    "Novembre 2018",
    "Rentrée 2025",
    "3 services utilisés par l'établissement, dont 1 non positionné par son éditeur.",
    "Vie scolaire Horizon",
    "Manuels interactifs Lumière",
    DECLARED,
    "Commentaire : Positionnement publié vérifié en conseil pédagogique.",
    "Commentaire : Vérifier l'hébergement des données à la rentrée.",
    "En attente d'information de l'éditeur",
    ...horizonAxes,
  ]) {
    expect(report, expected).toContain(squash(expected));
  }
  expect(report).not.toContain("BROUILLON");

  // The head of another school: the same 404 as for a school that does not exist, and nothing of the list.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, HEAD_VERCORS);
  for (const url of [`/etablissements/${TILLEULS}`, serviceHref!]) {
    const response = await otherPage.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(otherPage.getByText("Vie scolaire Horizon")).toHaveCount(0);
    await expect(otherPage.getByText("Positionnement publié vérifié")).toHaveCount(0);
  }
  const exported = await otherPage.request.get(`/etablissements/${TILLEULS}/export`);
  expect(exported.status()).toBe(404);
  expect(await exported.text()).not.toContain("Horizon");
  const otherReport = await otherPage.request.get(`/etablissements/${TILLEULS}/rapport`);
  expect(otherReport.status()).toBe(404);
  expect(otherReport.headers()["content-type"]).not.toContain("pdf");
  expect(await otherReport.text()).toContain("introuvable");
  // Their own school: empty, its own territory (Isère).
  await otherPage.goto("/espace");
  await otherPage.getByRole("link", { name: "Lycée de démonstration du Vercors" }).click();
  await expect(otherPage.getByRole("link", { name: "Isère (38)" })).toBeVisible();
  await expect(otherPage.getByText("Aucun service dans la liste.")).toBeVisible();
  await expect(otherPage.getByText("Aucune décision enregistrée pour l'instant.")).toBeVisible();
  await expectNoAxeViolations(otherPage);
  await other.close();

  // An editor whose service the school uses does not read the school's page either.
  const editor = await browser.newContext();
  const editorPage = await editor.newPage();
  await signInAs(editorPage, EDITOR_A);
  expect((await editorPage.goto(`/etablissements/${TILLEULS}`))?.status()).toBe(404);
  expect((await editorPage.request.get(`/etablissements/${TILLEULS}/export`)).status()).toBe(404);
  expect((await editorPage.request.get(`/etablissements/${TILLEULS}/rapport`)).status()).toBe(404);
  // …but learns how many schools use the service, and nothing of the decisions.
  await editorPage.goto("/mes-services/demo-svc-vie-scolaire");
  await expect(editorPage.getByTestId("etablissements-utilisateurs")).toHaveText("1 établissement déclare utiliser ce service.");
  await expect(editorPage.getByText("Positionnement publié vérifié en conseil pédagogique.")).toHaveCount(0);
  await editor.close();

  // Anonymous: sent to sign in.
  const anonymous = await browser.newContext();
  const anonymousPage = await anonymous.newPage();
  await anonymousPage.goto(`/etablissements/${TILLEULS}`);
  await expect(anonymousPage).toHaveURL(/\/connexion\?suite=/);
  const anonymousReport = await anonymousPage.request.get(`/etablissements/${TILLEULS}/rapport`);
  expect(anonymousReport.status()).toBe(401);
  expect(await anonymousReport.text()).toContain("Connectez-vous");
  await anonymous.close();
});
