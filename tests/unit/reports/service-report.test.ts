import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import path from "node:path";
import { currentGrid } from "@/lib/grid/current";
import { formatPercent } from "@/lib/scoring";
import { breakLongWord, REPORT_FONT_FILES, reportFontDir } from "@/lib/reports/fonts";
import { renderServiceReport } from "@/lib/reports/render";
import { DRAFT_WATERMARK, prepareServiceReport, type ServiceReportData } from "@/lib/reports/service-data";
import { contentDisposition, fileSlug, pdfText } from "@/lib/reports/text";
import { largeReportSource } from "@/tests/reports-fixture";
import { pdfPages, squash, wordBoxes } from "@/tests/reports-pdf";

const grid = currentGrid();
// fontkit (react-pdf's font engine) ships no types: only what this test calls.
const fontkit = createRequire(import.meta.url)("fontkit") as { openSync(file: string): { hasGlyphForCodePoint(cp: number): boolean } };

describe("texts printed in the PDF", () => {
  it("replaces the spaces Marianne cannot print and keeps French punctuation attached", () => {
    const n = (1234567.5).toLocaleString("fr-FR");
    expect(n).toContain("\u202f"); // what Intl gives, and what the font lacks
    expect(pdfText(n)).toBe("1\u00a0234\u00a0567,5");
    expect(pdfText("« Été » : oui ; non !")).toBe("«\u00a0Été\u00a0»\u00a0: oui\u00a0; non\u00a0!");
    expect(pdfText("a\u200bb")).toBe("ab");
  });

  it("names files in ASCII, with the UTF-8 name for browsers that read it", () => {
    expect(fileSlug("Atelier d'écriture « Œuvre » n° 2")).toBe("atelier-d-ecriture-oeuvre-n-2");
    expect(fileSlug("«»")).toBe("service");
    expect(contentDisposition("rapport-été.pdf")).toBe(`attachment; filename="rapport-ete.pdf"; filename*=UTF-8''rapport-%C3%A9t%C3%A9.pdf`);
  });

  it("gives long words break points that add no character, and leaves ordinary words whole", () => {
    expect(breakLongWord("développement")).toEqual(["développement"]);
    const url = "https://exemple.fr/preuves/un-tres-long-chemin/rapport-d-audit-2026.pdf";
    const parts = breakLongWord(url);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.filter((p) => p !== "\ufeff").join("")).toBe(url);
    expect(parts.filter((p) => p !== "\ufeff").every((p) => p.length <= 16)).toBe(true);
  });
});

describe("report data (no rendering)", () => {
  const source = largeReportSource({ count: 60 });
  const data = prepareServiceReport(source);

  it("lists as gaps exactly the binding criteria answered below level 3", () => {
    const expected = source.applicable.filter((id) => {
      const c = grid.criteria.find((x) => x.id === id)!;
      const level = source.answers[id]?.level;
      return c.force === "opposable" && typeof level === "number" && level < 3;
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(data.gaps.lines.map((g) => g.id)).toEqual(expected);
    expect(data.gaps.deadline).toBe(pdfText(source.deadline));
    const flagged = data.axes.flatMap((a) => a.criteria).filter((c) => c.isGap).map((c) => c.id);
    expect(flagged).toEqual(expected);
  });

  it("prints the scores as the app formats them", () => {
    expect(data.summary.overall).toBe(formatPercent(source.score.overall.maturity));
    expect(data.summary.axes.map((a) => a.maturity)).toEqual(source.score.axes.map((a) => formatPercent(a.maturity, { nullLabel: a.maturityState === "sans-objet" ? "sans objet" : "non évaluée" })));
  });

  it("gives every applicable criterion, by axis, with its level meaning, justification, evidence and N/A reason", () => {
    const blocks = data.axes.flatMap((a) => a.criteria);
    expect(blocks.map((b) => b.id)).toEqual(source.applicable);
    const answered = blocks.find((b) => typeof source.answers[b.id].level === "number")!;
    const level = source.answers[answered.id].level as number;
    expect(answered.level).toBe(`Niveau ${level} — ${grid.scale[level].label}`);
    expect(answered.levelMeaning).toBe(pdfText(grid.criteria.find((c) => c.id === answered.id)!.niveaux[level]));
    expect(answered.justification).toBe(pdfText(source.answers[answered.id].justification));
    expect(answered.evidence).toEqual(source.answers[answered.id].evidence);
    const na = blocks.find((b) => source.answers[b.id].level === "na")!;
    expect(na.level).toBe("Non applicable");
    expect(na.naReason).toBe(pdfText(source.answers[na.id].naReason));
  });

  it("identifies the snapshot on the cover, and marks drafts", () => {
    const cover = Object.fromEntries(data.cover.map((r) => [r.label, r.value]));
    expect(cover["Référence de l'instantané"]).toBe("Publication n° 3, identifiant 0b9e6a43-7c1f-4c55-9d0e-1f2a3b4c5d6e");
    expect(cover["Rapport généré le"]).toBe("04/05/2026 à 11 h 30");
    expect(data.watermark).toBeNull();
    expect(data.fileName).toBe("rapport-positionnement-cahier-numerique-ete-edition-oeuvre-publication-3.pdf");
    const draft = prepareServiceReport(largeReportSource({ count: 5, draft: true }));
    expect(draft.watermark).toBe(DRAFT_WATERMARK);
    expect(draft.meta.title).toContain(DRAFT_WATERMARK);
    expect(draft.fileName).toBe("rapport-positionnement-cahier-numerique-ete-edition-oeuvre-brouillon-2026-05-04.pdf");
  });

  it("prints no character that the embedded font lacks", () => {
    const strings: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object" && !(v instanceof Date)) Object.values(v).forEach(walk);
    };
    walk(data satisfies ServiceReportData);
    walk(prepareServiceReport(largeReportSource({ count: 5, draft: true })));
    const chars = new Set([...strings.join("")]);
    for (const file of [REPORT_FONT_FILES.regular, REPORT_FONT_FILES.bold]) {
      const font = fontkit.openSync(path.join(reportFontDir(), file));
      const missing = [...chars].filter((ch) => ch !== "\n" && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
      expect(missing, file).toEqual([]);
    }
  });
});

describe("rendered PDF", () => {
  it("wraps long texts and addresses inside the page, and prints the accents", { timeout: 120_000 }, async () => {
    const source = largeReportSource({ count: 6, paragraphs: 2 });
    const long = "https://exemple.fr/" + "dossier-sans-espace-".repeat(12) + "fin.pdf";
    const first = source.applicable[0];
    source.answers = { ...source.answers, [first]: { ...source.answers[first], justification: `Voir ${long} et « l’œuvre » à 12 500 €.`, evidence: [long] } };
    const pdf = await renderServiceReport(source);
    const boxes = await wordBoxes(pdf);
    const margin = 48;
    const outside = boxes.filter((b) => b.xMax > b.pageWidth - margin + 0.5);
    expect(outside).toEqual([]);
    const text = squash((await pdfPages(pdf)).join(" "));
    expect(text).toContain("« l’œuvre » à 12 500 €.");
  });
});
