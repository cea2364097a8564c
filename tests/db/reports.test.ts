/**
 * The service report generated from the database as users get it: a publication, then the
 * draft after a change. Real PDFs, read back with pdfjs-dist.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { runMigrations } from "@/db/migrate";
import { registerGrids } from "@/lib/startup/grids";
import { organisations, services, users } from "@/db/schema";
import { currentGrid } from "@/lib/grid/current";
import { applicableCriteria, makeProfile } from "@/lib/grid/profile";
import { answerContentSchema } from "@/lib/assessment/answer";
import { getService, publish, saveAnswer, type ServiceRecord } from "@/lib/assessment/store";
import { CONFORMITY_LABELS, formatPercent } from "@/lib/scoring";
import { DRAFT_WATERMARK, prepareServiceReport } from "@/lib/reports/service-data";
import { draftReportSource, publicationReportSource } from "@/lib/reports/service-source";
import { renderServiceReport } from "@/lib/reports/render";
import { prerenderLatestPublicationReport, publicationReport } from "@/lib/reports/publication-report";
import { closeRenderPool } from "@/lib/reports/render-pool";
import { pdfInfo, pdfLinks, pdfPages, readReport, squash } from "@/tests/reports-pdf";
import { targets, type TestDb } from "./targets";

const grid = currentGrid();
const profile = makeProfile("outil-pedagogique", ["eleves", "personnels", "authentification"]);
const applicable = applicableCriteria(grid, profile);
const JUSTIFICATION = "Élève « connecté » à l’ENT : œuvre déjà notée, 1 234,56 € — ça marche.";
const CHANGED = "Après la publication : cœur du système revu, coût 2 000 € (révision n° 2).";
const SERVICE_NAME = "Atelier d’écriture « Été »";
const EDITOR = "Éditions Lefèvre & Cœur";

/** "page X sur N" on every page, N = the page count the PDF reader counts. */
async function expectPageNumbers(pdf: Buffer) {
  expect((await readReport(pdf)).misnumbered).toEqual([]);
}

describe.each(targets)("service report on $name", (target) => {
  let db: TestDb;
  let service: ServiceRecord;
  beforeAll(async () => {
    db = await target.create();
    await runMigrations(db);
    await registerGrids(db.db, [grid]);
    await db.db.insert(users).values({ id: "u1", email: "alice@exemple.fr", name: "Alice Éditrice" });
    await db.db.insert(organisations).values({ id: "org", name: EDITOR, siren: "900000019" });
    await db.db.insert(services).values({ id: "svc", organisationId: "org", name: SERVICE_NAME, category: profile.category, profile: profile.flags, url: "https://exemple.fr/atelier" });
    service = (await getService(db.db, "svc"))!;
    // Every applicable criterion answered: the first with the accented justification and a link,
    // the second N/A with a reason, the others at levels 1 to 4 in turn.
    for (const [i, c] of applicable.entries()) {
      const answer =
        i === 0
          ? { level: 2, justification: JUSTIFICATION, evidence: ["https://exemple.fr/preuve.pdf"] }
          : i === 1
            ? { level: "na", naReason: "Pas d’application mobile : ce critère ne s’applique pas." }
            : { level: (i % 4) + 1, justification: `Réponse ${c.id}` };
      const saved = await saveAnswer(db.db, { service, grid, criterionId: c.id, baseVersion: 0, answer: answerContentSchema.parse(answer), userId: "u1" });
      expect(saved.status).toBe("saved");
    }
    const published = await publish(db.db, { service, grid, userId: "u1" });
    expect(published.ok).toBe(true);
  });
  afterAll(async () => {
    await closeRenderPool();
    await db?.dispose();
  });

  it("renders the publication: names, scores as displayed, the justification as typed, page numbers, no watermark", async () => {
    const source = await publicationReportSource(db.db, "svc", null, new Date("2026-05-04T09:30:00Z"));
    expect(source).not.toBeNull();
    const pdf = await renderServiceReport(source!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = await pdfPages(pdf);
    const info = await pdfInfo(pdf);
    const text = squash(pages.join("\n"));

    expect(text).toContain(squash(SERVICE_NAME));
    expect(text).toContain(squash(`Éditeur ${EDITOR}`));
    expect(text).toContain(squash("Publication n° 1, identifiant"));
    expect(text).toContain(squash(`Justification : ${JUSTIFICATION}`));
    expect(text).toContain(squash("Pas d’application mobile : ce critère ne s’applique pas."));
    // The evidence link, as a reader clicks it (and its text on the page, break points apart).
    expect(await pdfLinks(pdf)).toContain("https://exemple.fr/preuve.pdf");
    expect(text.replace(/ /g, "")).toContain("Preuves:https://exemple.fr/preuve.pdf");
    const score = source!.score;
    expect(text).toContain(squash(`Maturité globale : ${formatPercent(score.overall.maturity)}`));
    for (const axis of score.axes.filter((a) => a.maturity !== null)) {
      const label = grid.axes.find((x) => x.id === axis.axis)!.label;
      expect(text).toContain(squash(`${label} — maturité ${formatPercent(axis.maturity)}`));
    }
    expect(text).toContain(squash(`Conformité : ${CONFORMITY_LABELS[score.conformity.status]}`));
    expect(text).toContain(squash("Rapport généré le 04/05/2026 à 11 h 30"));

    await expectPageNumbers(pdf);
    expect(Number(info.Pages)).toBeGreaterThan(3);
    expect(text).not.toContain(squash(DRAFT_WATERMARK));
    expect(text).not.toContain(squash("BROUILLON"));

    expect(squash(info.Title)).toBe(squash(`Rapport de positionnement — ${SERVICE_NAME}`));
    expect(squash(info.Author)).toBe(squash(EDITOR));
    expect(info.Subject).toContain(`grille ${grid.version}, publication n° 1`);
    expect(info.CreationDate).toMatch(/May\s+4 09:30:00 2026|2026-05-04/);
    expect(pdf.toString("latin1")).toContain("/Lang (fr)");
  });

  it("renders the draft with the watermark on every page, and keeps the publication's answers in the publication report", async () => {
    const first = applicable[0];
    const saved = await saveAnswer(db.db, { service, grid, criterionId: first.id, baseVersion: 1, answer: answerContentSchema.parse({ level: 4, justification: CHANGED }), userId: "u1" });
    expect(saved.status).toBe("saved");

    const draft = await renderServiceReport(await draftReportSource(db.db, service));
    const pages = await pdfPages(draft);
    await expectPageNumbers(draft);
    pages.forEach((page, i) => expect(squash(page), `page ${i + 1}`).toContain(squash(DRAFT_WATERMARK)));
    const text = squash(pages.join("\n"));
    expect(text).toContain(squash(`Justification : ${CHANGED}`));
    expect(text).not.toContain(squash(JUSTIFICATION));
    expect(text).toContain(squash("dernière publication : n° 1"));

    const published = squash((await pdfPages(await renderServiceReport(prepareServiceReport((await publicationReportSource(db.db, "svc", 1))!)))).join("\n"));
    expect(published).toContain(squash(`Justification : ${JUSTIFICATION}`));
    expect(published).not.toContain(squash(CHANGED));
  });

  it("serves a publication's report prepared right after publishing from the cache, the same document", async () => {
    await prerenderLatestPublicationReport(db.db, "svc");
    const first = await publicationReport(db.db, "svc", null);
    const again = await publicationReport(db.db, "svc", 1);
    expect(first?.cached).toBe(true);
    expect(again?.cached).toBe(true);
    expect(again?.pdf.equals(first!.pdf)).toBe(true);
    expect(first?.fileName).toBe("rapport-positionnement-atelier-d-ecriture-ete-publication-1.pdf");
    expect(squash((await pdfPages(first!.pdf)).join("\n"))).toContain(squash(`Justification : ${JUSTIFICATION}`));
    expect(await publicationReport(db.db, "svc", 2)).toBeNull();
  }, 120_000);

  it("has no report for a publication that does not exist", async () => {
    expect(await publicationReportSource(db.db, "svc", 2)).toBeNull();
    expect(await publicationReportSource(db.db, "inconnu", null)).toBeNull();
  });
});
