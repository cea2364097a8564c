/**
 * Reflow (RGAA 10.11): every main page read at 1280 px and at 320 px. No table cell may lie
 * outside the screen unless it sits in a scroll container that a keyboard user can reach (a
 * focusable, named region) and that says, visibly, that it scrolls. The page itself never scrolls
 * sideways. Each page passes axe at both widths, and its screenshot is kept in
 * test-results/screenshots/<width>-<page>.png for a person to look at.
 */
import fs from "node:fs";
import path from "node:path";
import { test, expect, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD, EDITOR_A, signInAs } from "./session";
import { PUBLICATION_STATE_LABELS } from "../../lib/assessment/publication-state";
import { DECISION_HINTS, DECISION_LABELS } from "../../lib/schools/input";
import { PUBLISHED_CONFORMITY_SHORT } from "../../lib/schools/overview";

const WIDTHS = [1280, 320] as const;
const SHOTS = path.join("test-results", "screenshots");
const HINT = "Faites défiler le tableau horizontalement";
/** The e2e server runs with CONTACT_EMAIL set to this address (playwright.config.ts). */
const CONTACT = "aide-e2e@positionnement.example";

type Visit = { name: string; path: string; h1?: string | RegExp; shot?: string };

/**
 * What is wrong with the page's layout at the current width, in French: the page scrolling
 * sideways, a table cell off-screen outside any scroll container, or a scroll container that
 * is off-screen itself, not focusable, unnamed, or without its visible hint.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((hint) => {
    const vw = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > vw + 1) {
      problems.push(`la page défile horizontalement (${document.documentElement.scrollWidth} px de large pour ${vw} px d'écran)`);
    }
    const where = (cell: Element) =>
      `« ${(cell.textContent ?? "").trim().slice(0, 40)} » (tableau « ${cell.closest("table")?.querySelector("caption")?.textContent?.trim().slice(0, 60) ?? "?"} »)`;
    for (const cell of document.querySelectorAll("td, th")) {
      const r = cell.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not displayed
      // The part of the cell that its clipping ancestors let show, and the scroll container it is in.
      let left = r.left;
      let right = r.right;
      let hidden = false;
      let scroller: HTMLElement | null = null;
      for (let a = cell.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.clip !== "auto" && s.clip !== "") hidden = true; // visually hidden (.fr-sr-only and the like)
        if (s.overflowX === "visible") continue;
        if ((s.overflowX === "auto" || s.overflowX === "scroll") && a.scrollWidth > a.clientWidth + 1) {
          scroller ??= a;
          continue;
        }
        const ar = a.getBoundingClientRect();
        left = Math.max(left, ar.left);
        right = Math.min(right, ar.right);
      }
      if (hidden || right - left < 2) continue;
      if (left >= -1 && right <= vw + 1) continue;
      if (!scroller) {
        problems.push(`${where(cell)} sort de l'écran (${Math.round(left)} à ${Math.round(right)} px) hors de tout conteneur défilant`);
        continue;
      }
      const b = scroller.getBoundingClientRect();
      if (b.left < -1 || b.right > vw + 1) problems.push(`le conteneur défilant de ${where(cell)} sort lui-même de l'écran`);
      if (scroller.tabIndex < 0) problems.push(`le conteneur défilant de ${where(cell)} n'est pas atteignable au clavier`);
      if (scroller.getAttribute("role") !== "region" || !scroller.getAttribute("aria-label")?.trim()) {
        problems.push(`le conteneur défilant de ${where(cell)} n'est pas une région nommée`);
      }
      const hintId = scroller.getAttribute("aria-describedby");
      const hintEl = hintId ? document.getElementById(hintId) : null;
      if (!hintEl || !hintEl.textContent?.includes(hint) || hintEl.getBoundingClientRect().height === 0) {
        problems.push(`le conteneur défilant de ${where(cell)} n'a pas d'indication visible « ${hint} »`);
      }
    }
    return [...new Set(problems)];
  }, HINT);
}

/** Visits each page at both widths: status, h1, layout, axe, screenshot. */
async function checkPages(page: Page, visits: Visit[], expectedStatus = 200) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const v of visits) {
      const response = await page.goto(v.path);
      expect(response?.status(), v.path).toBe(expectedStatus);
      if (v.h1) await expect(page.getByRole("heading", { level: 1 }), v.path).toHaveText(v.h1);
      // The client measures whether each table overflows once the page runs: wait for the hints to settle.
      await page.waitForLoadState("networkidle");
      expect(await layoutProblems(page), `${v.path} à ${width} px`).toEqual([]);
      await expectNoAxeViolations(page);
      if (v.shot) await page.goto(v.shot);
      await page.screenshot({ path: path.join(SHOTS, `${width}-${v.name}.png`), fullPage: true });
    }
  }
}

test("public pages read at 1280 px and at 320 px: no cell off-screen outside a scroll region, no sideways page", async ({ page }) => {
  test.setTimeout(300_000);
  await checkPages(page, [
    { name: "accueil", path: "/", h1: /Positionner les services numériques/ },
    // The whole grid is 69 criteria (a 130 000 px tall image at 320 px): the layout is checked on
    // all of it, the screenshot shows the binding criteria only.
    { name: "grille", path: "/grille", h1: "La grille de positionnement", shot: "/grille?force=opposable" },
    { name: "methode", path: "/methode", h1: "Méthode de calcul" },
    { name: "territoires", path: "/territoires", h1: "Déploiement des ENT par territoire" },
    { name: "departement", path: "/territoires/26", h1: "Drôme (26)" },
    { name: "academie", path: "/territoires/academie/grenoble", h1: "Académie : Grenoble" },
    { name: "catalogue", path: "/services", h1: "Services positionnés" },
    { name: "service-publie", path: "/services/demo-svc-manuels", h1: "Manuels interactifs Lumière" },
    { name: "connexion", path: "/connexion", h1: "Se connecter" },
    { name: "aide", path: "/aide", h1: "Aide" },
    { name: "plan-du-site", path: "/plan-du-site", h1: "Plan du site" },
  ]);
  await checkPages(page, [{ name: "page-404", path: "/territoires/99", h1: "Page non trouvée" }], 404);
});

test("the wide tables of /territoires scroll in a named region that the keyboard reaches and scrolls at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/territoires");
  const region = page.getByRole("region", { name: "Tableau par département" });
  await expect(region).toBeVisible();
  await expect(page.getByText(HINT)).toBeVisible();
  // From the link just before the table, Tab reaches the region; the arrow keys scroll it.
  await page.getByRole("link", { name: /Télécharger le tableau/ }).focus();
  await page.keyboard.press("Tab");
  await expect(region).toBeFocused();
  expect(await region.evaluate((el) => el.scrollLeft)).toBe(0);
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // At 1280 px the same table fits: no hint, no extra tab stop.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByText(HINT)).toBeHidden();
  await expect(page.getByRole("region", { name: "Tableau par département" })).toHaveCount(0);
});

test("an editor's pages read at 1280 px and at 320 px", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, EDITOR_A);
  await checkPages(page, [
    { name: "mes-services", path: "/mes-services", h1: "Mes services" },
    { name: "service-editeur", path: "/mes-services/demo-svc-vie-scolaire", h1: "Vie scolaire Horizon" },
    { name: "historique-critere", path: "/mes-services/demo-svc-vie-scolaire/historique?critere=INT-01" },
    { name: "espace-editeur", path: "/espace", h1: "Mon espace" },
    { name: "organisation", path: "/espace/organisations/demo-org-cartable", h1: /Cartable Ouvert/ },
  ]);
  // The JSON export of the draft says what it is in words, not where its schema lives in the repository.
  await page.goto("/mes-services/demo-svc-vie-scolaire");
  await expect(page.getByRole("link", { name: "Brouillon au format JSON (données structurées, pour un autre logiciel)" })).toBeVisible();
  await expect(page.getByText("docs/schemas")).toHaveCount(0);
  // The report link's detail, now under it in the flow (it widened the page at 320 px), still describes it.
  await expect(page.getByRole("link", { name: "Télécharger le rapport PDF du brouillon" })).toHaveAccessibleDescription(
    "PDF — marqué « BROUILLON — non publié », réservé à votre organisation",
  );
  // The header keeps the whole État block when a long name fills the quick access links.
  await page.setViewportSize({ width: 1280, height: 900 });
  const logo = page.locator(".fr-header__logo .fr-logo");
  const clipped = await logo.evaluate((el) => {
    const box = el.closest(".fr-header__brand-top")!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return { logo: r.right, brand: box.right, textWidth: el.scrollWidth, width: el.clientWidth };
  });
  expect(clipped.logo, "logo dans son bloc").toBeLessThanOrEqual(clipped.brand + 0.5);
  expect(clipped.textWidth, "texte du bloc-marque non coupé").toBeLessThanOrEqual(clipped.width + 1);
});

/**
 * The rendered size of each piece of text of the maturity charts on the page, in px: its font
 * size, times the scale of an SVG it would be drawn in (a viewBox shrunk to the width).
 */
async function chartTextSizes(page: Page) {
  return page.getByRole("img", { name: /^Maturité par axe/ }).evaluateAll((charts) =>
    charts.flatMap((chart) =>
      [...chart.querySelectorAll("*")]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ""))
        .map((el) => {
          const svg = el.closest("svg");
          const scale = svg && svg.viewBox.baseVal?.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
          return { text: el.textContent!.trim(), px: parseFloat(getComputedStyle(el).fontSize) * scale };
        }),
    ),
  );
}

test("the maturity charts' text stays readable at 320 px (12 px at least), the public page's and the live panel's", async ({ page }) => {
  await signInAs(page, EDITOR_A);
  for (const address of ["/services/demo-svc-vie-scolaire", "/mes-services/demo-svc-vie-scolaire/positionnement"]) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(address);
      const sizes = await chartTextSizes(page);
      // Four axes: a name and a value each.
      expect(sizes.map((x) => x.text), `${address} à ${width} px`).toEqual(expect.arrayContaining(["Interopérabilité", "Sécurité", "Numérique responsable", "Services socles"]));
      expect(sizes.filter((x) => x.px < 12), `${address} à ${width} px : textes du graphique sous 12 px`).toEqual([]);
      await page.getByRole("img", { name: /^Maturité par axe/ }).first().screenshot({ path: path.join(SHOTS, `${width}-graphe-${address.includes("positionnement") ? "direct" : "public"}.png`) });
    }
  }
});

test("an administrator on a service's editor pages is refused with the refusal page: title, the policy's reason, where to ask", async ({ page }) => {
  await signInAs(page, "admin@demo.invalid");
  for (const path of ["/mes-services/demo-svc-vie-scolaire/positionnement", "/mes-services/demo-svc-vie-scolaire/profil"]) {
    await page.goto(path);
    const main = page.locator("main");
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Accès refusé");
    await expect(main.getByText("Seuls les membres de l'organisation éditrice peuvent modifier ce positionnement.")).toBeVisible();
    await expect(main.getByRole("link", { name: CONTACT })).toHaveAttribute("href", /^mailto:aide-e2e@positionnement\.example/);
    await expect(main.getByRole("link", { name: "aide", exact: true })).toHaveAttribute("href", "/aide");
    await expectNoAxeViolations(page);
  }
});

/** A valid UAI for a 7-digit number (check letter = alphabet without I, O, Q, at number mod 23). */
const uaiFor = (digits: string) => `${digits}${"ABCDEFGHJKLMNPRSTUVWXYZ"[Number(digits) % 23]}`;

test("a head's school page, with services and decisions, reads at 1280 px and at 320 px", async ({ page, browser }) => {
  test.setTimeout(300_000);
  // A school of its own (the demo schools belong to tests/e2e/chefs.spec.ts): a new account claims it, the admin approves.
  const uai = uaiFor("0691234");
  const email = `chef.affichage.${Date.now()}@exemple.fr`;
  await page.goto("/inscription");
  const form = page.getByRole("form", { name: "Création de compte" });
  await form.getByLabel("Prénom et nom").fill("Dominique Affichage-Largeur");
  await form.getByLabel("Adresse électronique").fill(email);
  await form.getByLabel(/^Mot de passe/).fill("une phrase assez longue");
  await form.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/espace$/);
  await page.getByLabel("Numéro UAI de l'établissement").fill(uai);
  await page.getByLabel("Nom de l'établissement (facultatif)").fill("Collège de la mise en page");
  await page.getByRole("button", { name: "Demander le rattachement" }).click();
  await expect(page.getByText(`UAI ${uai} — En attente de validation`)).toBeVisible();
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signInAs(admin, "admin@demo.invalid", DEMO_PASSWORD);
  await admin.goto("/admin");
  await admin.getByRole("button", { name: `Valider la demande de Dominique Affichage-Largeur pour ${uai}` }).click();
  await expect(admin.getByRole("button", { name: `Valider la demande de Dominique Affichage-Largeur pour ${uai}` })).toHaveCount(0);
  await adminCtx.close();

  // Two services: one from the catalogue, one declared; a decision on the first.
  await page.goto(`/etablissements/${uai}`);
  const search = page.getByRole("form", { name: "Rechercher dans le catalogue des services positionnés" });
  await search.getByLabel("Nom du service ou de l'éditeur").fill("lumière");
  await search.getByRole("button", { name: "Rechercher dans le catalogue" }).click();
  await page.getByRole("button", { name: "Ajouter Manuels interactifs Lumière" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Déjà dans la liste" })).toBeVisible();
  const declare = page.getByRole("form", { name: "Déclarer un service non positionné par son éditeur" });
  await declare.getByLabel("Nom du service").fill("Plateforme de visioconférence au nom assez long pour passer à la ligne");
  await declare.getByLabel("Éditeur").fill("Société Exemple");
  await declare.getByRole("button", { name: "Déclarer ce service" }).click();
  await expect(page.getByTestId("tableau-services").getByRole("rowheader")).toHaveCount(2);
  await page.getByTestId("tableau-services").getByRole("link", { name: "Manuels interactifs Lumière" }).click();
  const review = page.getByRole("form", { name: "Décision de l'établissement" });
  await review.locator("label").filter({ hasText: /^À surveiller/ }).click();
  await review.getByLabel("Commentaire (facultatif)").fill("Vérifier l'hébergement des données avant la rentrée, avec l'éditeur et la collectivité.");
  await review.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByText("Décision « À surveiller » enregistrée.")).toBeVisible();
  const servicePath = new URL(page.url()).pathname;

  await checkPages(page, [
    { name: "etablissement", path: `/etablissements/${uai}`, h1: /Collège de la mise en page/ },
    { name: "etablissement-catalogue", path: `/etablissements/${uai}?recherche=&categorie=` },
    { name: "etablissement-service", path: servicePath, h1: /Manuels interactifs Lumière/ },
    { name: "espace-chef", path: "/espace", h1: "Mon espace" },
  ]);

  // At 320 px the services table is a list of cards whose lines say what each value is.
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`/etablissements/${uai}`);
  const card = page.getByTestId("tableau-services").getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Manuels interactifs Lumière" }) });
  await expect(card.getByRole("cell").first()).toHaveText("ÉduLab Services (démo)");
  const label = await card.getByRole("cell").first().evaluate((el) => getComputedStyle(el, "::before").content);
  expect(label).toContain("Éditeur");
  await expect(card).toContainText("À surveiller");

  // A demo school's page as its head sees it, with its territorial context (nothing is changed there).
  const vercorsCtx = await browser.newContext();
  const vercors = await vercorsCtx.newPage();
  await signInAs(vercors, "chef.vercors@demo.invalid");
  await checkPages(vercors, [{ name: "etablissement-demo", path: "/etablissements/0380105H", h1: /Lycée de démonstration du Vercors/ }]);
  await vercorsCtx.close();
});

test("the help page explains each role and uses the labels the pages show; footer, site map, 404 and refusals lead to it and give the contact address", async ({ page }) => {
  await page.goto("/");
  const footer = page.locator("footer.fr-footer");
  await expect(footer.getByRole("link", { name: CONTACT })).toHaveAttribute("href", `mailto:${CONTACT}`);
  await footer.getByRole("link", { name: "Aide" }).last().click();
  await expect(page).toHaveURL(/\/aide$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aide");
  for (const h of ["Vous êtes éditeur d'un service numérique", "Vous dirigez un collège ou un lycée public", "Vous consultez sans compte", "Nous écrire"]) {
    await expect(page.getByRole("heading", { level: 2, name: h })).toBeVisible();
  }
  const main = page.locator("main");
  for (const label of [...Object.values(PUBLICATION_STATE_LABELS), ...Object.values(DECISION_LABELS), ...Object.values(DECISION_HINTS)]) {
    await expect(main.getByText(label, { exact: true }).first(), label).toBeVisible();
  }
  for (const c of ["conforme", "non-conforme", "incomplet"] as const) await expect(main.getByText(PUBLISHED_CONFORMITY_SHORT[c], { exact: true }).first()).toBeVisible();
  await expect(main.getByText("À actualiser", { exact: true })).toBeVisible();
  await expect(main.getByRole("link", { name: CONTACT })).toHaveAttribute("href", /^mailto:aide-e2e@positionnement\.example\?subject=/);
  await expectNoAxeViolations(page);
  // The summary leads to each section.
  await page.getByRole("link", { name: "Vous dirigez un collège ou un lycée public" }).click();
  await expect(page).toHaveURL(/\/aide#chefs$/);

  await page.goto("/plan-du-site");
  await expect(main.getByRole("link", { name: "Aide", exact: true })).toHaveAttribute("href", "/aide");
  await expect(main.getByRole("link", { name: "Ce que veulent dire les états et les badges" })).toHaveAttribute("href", "/aide#etats");

  // A 404 rendered by a page (notFound()) and the plain unknown address: both give the address.
  for (const path of ["/territoires/99", "/pas-de-page-ici"]) {
    expect((await page.goto(path))?.status()).toBe(404);
    await expect(main.getByRole("link", { name: CONTACT })).toBeVisible();
    await expect(main.getByRole("link", { name: "aide", exact: true })).toHaveAttribute("href", "/aide");
  }

  // A refusal (403): an editor on the administration page.
  await signInAs(page, EDITOR_A);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration : accès refusé");
  await expect(page.getByText("Cette page est réservée aux administrateurs de la plateforme.")).toBeVisible();
  await expect(main.getByRole("link", { name: CONTACT })).toHaveAttribute("href", /^mailto:aide-e2e@positionnement\.example/);
  await expectNoAxeViolations(page);
});

test("a 404 rendered by a page keeps the colour scheme of the visitor (no 'Wrong assertion' from react-dsfr)", async ({ browser }) => {
  const ctx = await browser.newContext({ colorScheme: "dark" });
  const page = await ctx.newPage();
  for (const path of ["/grille?version=1999.1", "/territoires/99", "/pas-de-page-ici"]) {
    expect((await page.goto(path))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
    await expect(page.locator("html")).toHaveAttribute("data-fr-theme", "dark");
    await expect(page.locator("html")).toHaveAttribute("data-fr-scheme", "system");
  }
  await ctx.close();
});
