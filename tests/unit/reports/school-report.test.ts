/**
 * The school compliance report without a database: what it prints (counts, gaps, decisions,
 * territory) from a school of 30 services, then the rendered PDF read back with pdftotext.
 */
import { describe, expect, it } from "vitest";
import { currentGrid } from "@/lib/grid/current";
import { prepareSchoolReport } from "@/lib/reports/school-data";
import { renderSchoolReport } from "@/lib/reports/render";
import { pdfText } from "@/lib/reports/text";
import { attentionPoints, axisText, filterSchoolServices, PUBLISHED_CONFORMITY_SHORT } from "@/lib/schools/overview";
import { HEAD_COMMENT, largeSchoolReportSource } from "@/tests/reports-fixture";
import { readReport, squash, wordBoxes } from "@/tests/reports-pdf";

const grid = currentGrid();

describe("school report data (no rendering)", () => {
  const source = largeSchoolReportSource({ count: 30 });
  const data = prepareSchoolReport(source);

  it("counts decisions and published conformity over every service, each once", () => {
    const decisions = Object.fromEntries(data.summary.decisions.map((l) => [l.label, l.count]));
    const byDecision = (d: string | null) => source.rows.filter((r) => (r.review?.decision ?? null) === d).length;
    expect(decisions).toEqual({
      Conforme: byDecision("conforme"),
      "À surveiller": byDecision("a-surveiller"),
      "Non conforme": byDecision("non-conforme"),
      "En attente d'information de l'éditeur": byDecision("en-attente"),
      "Sans décision": byDecision(null),
    });
    expect(data.summary.decisions.reduce((n, l) => n + l.count, 0)).toBe(30);
    expect(data.summary.published.reduce((n, l) => n + l.count, 0)).toBe(30);
    expect(data.summary.published.find((l) => l.label === PUBLISHED_CONFORMITY_SHORT["non-positionne"])?.count).toBe(6);
    expect(data.summary.intro).toBe("30 services utilisés par l'établissement, dont 6 non positionnés par son éditeur.");
  });

  it("lists the publications made on another grid than the current one, and only those, among the points d'attention", () => {
    const older = source.rows.filter((r) => r.publication && r.publication.gridVersion !== grid.version).map((r) => pdfText(r.name));
    expect(older.length).toBeGreaterThan(0);
    const stale = data.summary.attention.services.filter((s) => s.reasons.some((x) => x.startsWith("Positionnement à actualiser")));
    expect(stale.map((s) => s.name)).toEqual(older);
    stale.forEach((s) => expect(s.reasons.join(" ")).toContain(`la grille en vigueur est la ${grid.version}`));
  });

  it("gives the points d'attention of the school page: every service that the « À revoir » filter shows, with its reasons", () => {
    const points = attentionPoints(source.rows);
    const shown = filterSchoolServices(source.rows, { alerte: "a-revoir" });
    expect(shown.length).toBeGreaterThan(0);
    expect(data.summary.attention.services.map((s) => s.name)).toEqual(shown.map((r) => pdfText(r.name)));
    expect(data.summary.attention.services.map((s) => s.reasons)).toEqual(points.services.map((p) => p.reasons.map((x) => pdfText(x.text))));
    expect(data.summary.attention.intro).toBe(`${shown.length} services sur 30 sont à revoir.`);
    // The declared services (one in five) are among them, said so.
    const declared = source.rows.filter((r) => r.kind === "declared");
    for (const r of declared) expect(data.summary.attention.services.find((s) => s.name === pdfText(r.name))?.reasons).toContain(pdfText("Non positionné par son éditeur : aucun positionnement publié sur la plateforme"));
  });

  it("prints each service's maturity as the school page does, its gaps, and the head's comment as typed", () => {
    const row = source.rows.find((r) => r.review?.comment === HEAD_COMMENT)!;
    const block = data.services[source.rows.indexOf(row)];
    expect(block.name).toBe(pdfText(row.name));
    expect(block.comment).toBe(pdfText(HEAD_COMMENT));
    expect(block.axes.map((a) => a.value)).toEqual(grid.axes.map((a) => pdfText(axisText(row.publication!.axes.find((x) => x.axis === a.id)))));
    expect(block.gaps.map((g) => g.id)).toEqual(row.publication!.gapList.map((g) => g.criterionId));
    expect(block.conformity).toBe("Non conforme");
    const declared = data.services.find((s) => !s.positioned)!;
    expect(declared.publication).toBe("Non positionné par l'éditeur");
    expect(declared.axes).toEqual([]);
  });

  it("gives the territorial context as the source has it, and says when there is none", () => {
    expect(data.context?.departement).toBe("Drôme (26)");
    expect(data.context?.rows[0]).toEqual({ label: "État du déploiement", y2018: "En réflexion ou pas de projet", y2025: "En cours de déploiement" });
    expect(data.context?.projets.map((p) => p.name)).toEqual(["Ma Classe en Région"]);
    const none = prepareSchoolReport({ ...source, departement: null, projets: [], rows: [] });
    expect(none.context).toBeNull();
    expect(none.services).toEqual([]);
    expect(none.summary.intro).toMatch(/^Aucun service n'est encore dans la liste/);
  });
});

describe("school report PDF", () => {
  it("prints a school of 30 services: names, comment, scores as displayed, page numbers, metadata, nothing off the page", async () => {
    const source = largeSchoolReportSource({ count: 30 });
    const pdf = await renderSchoolReport(source);
    const { text, info, count: n, misnumbered } = await readReport(pdf);
    expect(misnumbered).toEqual([]);
    // Cover, synthèse, territory, overview, 30 detailed services, annex: at least 8 pages, and no runaway.
    expect(n).toBeGreaterThanOrEqual(8);
    expect(n).toBeLessThanOrEqual(20);
    for (const r of source.rows) expect(text).toContain(squash(r.name));
    expect(text).toContain(squash(`Commentaire : ${HEAD_COMMENT}`));
    const first = source.rows.find((r) => r.publication)!;
    for (const a of grid.axes) expect(text).toContain(squash(axisText(first.publication!.axes.find((x) => x.axis === a.id))));
    expect(text).toContain(squash("Ma Classe en Région"));
    expect(text).not.toContain("BROUILLON");
    expect(squash(info.Title)).toBe(squash("Rapport de conformité des services numériques — Collège des Tilleuls (0260015A)"));
    expect(squash(info.Author)).toBe("Collège des Tilleuls");
    expect(pdf.toString("latin1")).toContain("/Lang (fr)");
    for (const b of await wordBoxes(pdf)) expect(b.xMax, b.word).toBeLessThanOrEqual(b.pageWidth - 40);
  }, 60_000);
});
