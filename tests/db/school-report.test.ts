/**
 * The school compliance report from the database, as the head gets it: the demo school with two
 * published services and a declared one, decisions with accented comments, its territory. A real
 * PDF read back with pdftotext; and the report of a school that uses nothing yet.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { bootstrap } from "@/lib/startup/bootstrap";
import { currentGrid } from "@/lib/grid/current";
import { reviewInputSchema } from "@/lib/schools/input";
import { addPublishedService, declareService, recordReview, schoolOverview } from "@/lib/schools/store";
import { attentionPoints, attentionText, axisText, filterSchoolServices, schoolServicesCsv } from "@/lib/schools/overview";
import { parseCsvRecords } from "@/lib/csv";
import { getService, publish } from "@/lib/assessment/store";
import { pdfText } from "@/lib/reports/text";
import { schoolReportSource } from "@/lib/reports/school-source";
import { renderSchoolReport } from "@/lib/reports/render";
import { pdfPages, readReport, squash } from "@/tests/reports-pdf";
import { targets, type TestDb } from "./targets";

const TILLEULS = "0260015A";
const VERCORS = "0380105H";
const CHEF = "demo-user-chef-tilleuls";
const COMMENT = "Vu en conseil d’administration : « hébergement à vérifier » avant la rentrée — coût 1 200 € à prévoir.";
const grid = currentGrid();
const review = (v: Record<string, unknown>) => reviewInputSchema.parse({ comment: "", nextReviewOn: "", ...v });

describe.each(targets)("school report on $name", (target) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await target.create();
    await bootstrap(db, { SEED_DEMO: "1" });
    const a = await addPublishedService(db.db, { uai: TILLEULS, serviceId: "demo-svc-vie-scolaire", userId: CHEF });
    const b = await addPublishedService(db.db, { uai: TILLEULS, serviceId: "demo-svc-manuels", userId: CHEF });
    const c = await declareService(db.db, { uai: TILLEULS, userId: CHEF, service: { name: "Agenda partagé « Été »", editor: "Société Exemple", url: "" } });
    if (!a.ok || !b.ok || !c.ok) throw new Error("services not added");
    expect((await recordReview(db.db, { uai: TILLEULS, userId: CHEF, review: review({ schoolServiceId: a.schoolServiceId, decision: "a-surveiller", comment: COMMENT, publicationNumber: 1 }) })).ok).toBe(true);
    expect((await recordReview(db.db, { uai: TILLEULS, userId: CHEF, review: review({ schoolServiceId: c.schoolServiceId, decision: "en-attente", publicationNumber: null }) })).ok).toBe(true);
  });
  afterAll(async () => db?.dispose());

  it("prints the school, its territory, each service with the scores the page shows, and the head's decision as typed", async () => {
    const source = await schoolReportSource(db.db, TILLEULS, { baseUrl: "https://exemple.fr", generatedAt: new Date("2026-05-04T09:30:00Z") });
    expect(source).not.toBeNull();
    const pdf = await renderSchoolReport(source!);
    const { text, info, count, misnumbered, links } = await readReport(pdf);
    expect(misnumbered).toEqual([]);
    // cover, synthèse, territory, services, annex
    expect(count).toBeGreaterThanOrEqual(5);

    expect(text).toContain(squash("Collège de démonstration des Tilleuls"));
    expect(text).toContain(squash(`UAI ${TILLEULS}`));
    expect(text).toContain(squash("Drôme (26)"));
    expect(text).toContain(squash("Ma Classe en Région"));
    expect(text).toContain(squash("3 services utilisés par l'établissement, dont 1 non positionné par son éditeur."));
    expect(text).toContain(squash(`Commentaire : ${COMMENT}`));
    expect(text).toContain(squash("Agenda partagé « Été »"));
    expect(links).toContain("https://exemple.fr/services/demo-svc-vie-scolaire");
    // The maturity of each axis exactly as the school page shows it.
    const rows = await schoolOverview(db.db, TILLEULS, { currentGridVersion: grid.version });
    for (const r of rows.filter((x) => x.publication)) {
      expect(text).toContain(squash(r.name));
      for (const a of grid.axes) expect(text).toContain(squash(axisText(r.publication!.axes.find((x) => x.axis === a.id))));
    }
    expect(text).not.toContain("BROUILLON");
    expect(squash(info.Title)).toContain(squash(`Collège de démonstration des Tilleuls (${TILLEULS})`));
  }, 60_000);

  it("reports a school that uses nothing yet, and nothing of another school", async () => {
    const pdf = await renderSchoolReport((await schoolReportSource(db.db, VERCORS, { baseUrl: "" }))!);
    const text = squash((await pdfPages(pdf)).join(" "));
    expect(text).toContain(squash("Lycée de démonstration du Vercors"));
    expect(text).toContain(squash("Aucun service n'est encore dans la liste de l'établissement"));
    expect(text).toContain(squash("Isère (38)"));
    expect(text).not.toContain("Horizon");
    expect(text).not.toContain(squash(COMMENT));
    expect(await schoolReportSource(db.db, "0000000X", { baseUrl: "" })).toBeNull();
  }, 60_000);

  it("gives the same points d'attention in the page's « À revoir » filter, the CSV and the PDF", async () => {
    // A fourth service, decided on and up to date; the editor of another one publishes again.
    const d = await addPublishedService(db.db, { uai: TILLEULS, serviceId: "demo-svc-messagerie", userId: CHEF });
    if (!d.ok) throw new Error("service not added");
    expect((await recordReview(db.db, { uai: TILLEULS, userId: CHEF, review: review({ schoolServiceId: d.schoolServiceId, decision: "conforme", publicationNumber: 1 }) })).ok).toBe(true);
    const horizon = (await getService(db.db, "demo-svc-vie-scolaire"))!;
    expect((await publish(db.db, { service: horizon, grid, userId: "demo-user-editeur-cartable" })).ok).toBe(true);

    const rows = await schoolOverview(db.db, TILLEULS, { currentGridVersion: grid.version });
    const points = attentionPoints(rows);
    // Horizon: new publication since the decision; Lumière: no decision; the declared agenda: not positioned.
    expect(points.services.map((p) => [p.name, p.reasons.map((x) => x.kind)])).toEqual([
      ["Agenda partagé « Été »", ["non-positionne"]],
      ["Manuels interactifs Lumière", ["sans-decision"]],
      ["Vie scolaire Horizon", ["nouvelle-publication"]],
    ]);
    expect(points.total).toBe(4);
    // The page's filter shows those services.
    expect(filterSchoolServices(rows, { alerte: "a-revoir" }).map((r) => r.name)).toEqual(points.services.map((p) => p.name));
    // The CSV has their reasons in its "Points d'attention" column, and nothing for the others.
    const csv = parseCsvRecords(schoolServicesCsv(rows, grid.axes), ";");
    expect(csv.map((l) => [l.Service, l["Points d'attention"]])).toEqual(rows.map((r) => [r.name, attentionText(points.services.find((p) => p.id === r.id)?.reasons ?? [])]));
    // The PDF says how many, and lists each one with the same reasons; never « Aucun ».
    const source = await schoolReportSource(db.db, TILLEULS, { baseUrl: "" });
    const { text } = await readReport(await renderSchoolReport(source!));
    expect(text).toContain(squash("Points d'attention 3 services sur 4 sont à revoir."));
    for (const p of points.services) expect(text).toContain(squash(pdfText(`${p.name} : ${attentionText(p.reasons)}.`)));
    expect(text).not.toContain(squash("Aucun : chaque service"));
  }, 60_000);
});
