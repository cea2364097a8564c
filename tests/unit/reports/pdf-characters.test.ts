/**
 * Every character typed comes out right in the PDF reports: printed with Marianne or a fallback
 * font that has it (emoji, Chinese, ✓ ∞ ₿…), or replaced by the documented substitute « � »,
 * never as garbage, never swallowing its neighbour, and never cut in the middle of a surrogate
 * pair. Real PDFs, read back with pdfjs (tests/reports-pdf.ts).
 */
import { describe, expect, it } from "vitest";
import { breakLongWord, fallbackFaces, fontStack, parseUnicodeRange, REPORT_FONT, resolveFamilies } from "@/lib/reports/fonts";
import { fitToFonts, renderSchoolReport, renderServiceReport } from "@/lib/reports/render";
import { prepareServiceReport } from "@/lib/reports/service-data";
import { codePointsOf, pdfText, printableText, SEPARATOR, SUBSTITUTE } from "@/lib/reports/text";
import { HEAD_COMMENT, largeReportSource, largeSchoolReportSource } from "@/tests/reports-fixture";
import { readReport, squash } from "@/tests/reports-pdf";

/** What a person may type next to French words: emoji, Chinese, symbols, an emoji sequence, Korean (no font here). */
const TYPED = "Cahier Élan 😀 «test» œuvre 漢字 ✓ → ≤ ∞ ₿ 👩‍🏫 Élan «test» œuvre 한글 fin.";
/** How the PDF must read it: each odd character as itself, the sequence as its parts, Korean as « � » (one per character). */
const PRINTED = "Cahier Élan 😀 «test» œuvre 漢字 ✓ → ≤ ∞ ₿ 👩🏫 Élan «test» œuvre �� fin.";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("the characters of the PDF text layer (no rendering)", () => {
  it("reads the ranges of the fallback fonts' files and finds the npm packages", () => {
    expect(parseUnicodeRange("U+1f1e9-1f1f5,U+1f21a, U+4??")).toEqual([
      [0x1f1e9, 0x1f1f5],
      [0x1f21a, 0x1f21a],
      [0x400, 0x4ff],
    ]);
    const names = fallbackFaces().map((f) => f.family);
    expect(names).toEqual(expect.arrayContaining(["Noto Sans latin", "Noto Sans latin-ext", "Noto Sans Symbols 2 symbols", "Noto Sans Math", "Noto Emoji"]));
    expect(names.filter((n) => /^Noto Sans SC \d+$/.test(n)).length).toBeGreaterThan(50);
    expect(fallbackFaces().find((f) => f.family === "Noto Emoji")?.ranges).toBeNull();
  });

  it("decides which font prints each character with the fonts themselves", async () => {
    const families = await resolveFamilies(codePointsOf(TYPED));
    const of = (c: string) => families.get(c.codePointAt(0)!);
    for (const c of "CahierÉlan«»œ→≤") expect(of(c), c).toBe(REPORT_FONT);
    expect(of("😀")).toBe("Noto Emoji");
    expect(of("漢")).toMatch(/^Noto Sans SC /);
    expect(of("✓")).toMatch(/^Noto Sans Symbols 2 /);
    expect(of("∞")).toBe("Noto Sans Math");
    expect(of("₿")).toMatch(/^Noto Sans /);
    expect(of("한")).toBeNull();
  });

  it("replaces what no font prints by « � », by code point: a surrogate pair is never split, its neighbours stay", async () => {
    const typed = pdfText(TYPED);
    expect(typed).not.toContain("\u200d"); // the joiner of 👩‍🏫 prints nothing: dropped
    const families = await resolveFamilies(codePointsOf(typed, new Set([0xfffd])));
    const printed = printableText(typed, families).replaceAll(SEPARATOR, "");
    expect(printed).toBe(PRINTED);
    expect(LONE_SURROGATE.test(printed)).toBe(false);
    // A lone surrogate (a broken paste) and a private-use character become « � » too, alone.
    const more = await resolveFamilies(codePointsOf("abcd \ud83d\ue000\ufffd"));
    expect(printableText("a\ud83db\ue000c", more)).toBe(`a${SUBSTITUTE}b${SUBSTITUTE}c`);
    // Line feeds stay, tabs become spaces, invisible control characters go.
    expect(printableText("a\tb\nc\u0007d", more)).toBe("a b\ncd");
  });

  it("ends the font's run after an emoji so that the next one is not shifted, but keeps a flag's two letters together", async () => {
    const families = await resolveFamilies(codePointsOf("😀😀🇫🇷🇩🇪 x"));
    expect(printableText("😀😀 x", families)).toBe(`😀${SEPARATOR}😀 x`);
    expect(printableText("🇫🇷🇩🇪", families)).toBe(`🇫🇷${SEPARATOR}🇩🇪`);
  });

  it("composes a letter typed with a separate accent, which the fonts have composed", () => {
    expect(pdfText("E\u0301lan")).toBe("Élan");
  });

  it("breaks a long word between characters as a reader sees them, never inside an emoji", () => {
    const word = `${"😀".repeat(20)}${"e\u0301".repeat(20)}`;
    const parts = breakLongWord(word);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(LONE_SURROGATE.test(p), JSON.stringify(p)).toBe(false);
    expect(parts.every((p) => !p.startsWith("\u0301"))).toBe(true);
    expect(parts.join("").replaceAll("\ufeff", "")).toBe(word);
  });

  it("lists on the pages only the fonts the text needs: a French report loads no fallback font", async () => {
    const plain = await fitToFonts(prepareServiceReport(largeReportSource({ count: 2, paragraphs: 1 })));
    expect(plain.fonts).toEqual([REPORT_FONT]);
    const odd = largeReportSource({ count: 2, paragraphs: 1 });
    odd.service = { ...odd.service, name: TYPED };
    const fitted = await fitToFonts(prepareServiceReport(odd));
    expect(fitted.fonts[0]).toBe(REPORT_FONT);
    expect(fitted.fonts).toEqual(fontStack(fitted.fonts));
    expect(fitted.fonts.some((f) => f.startsWith("Noto Sans SC "))).toBe(true);
    expect(fitted.fonts).toContain("Noto Emoji");
    expect(fitted.data.serviceName.replaceAll(SEPARATOR, "")).toBe(pdfText(PRINTED));
    // The document's metadata keep what was typed.
    expect(fitted.data.meta.title).toContain("😀");
  });
});

describe("the characters in rendered reports", () => {
  it("prints emoji, Chinese and symbols in a service report, in bold titles and in text, with their neighbours intact", { timeout: 60_000 }, async () => {
    const source = largeReportSource({ count: 3, paragraphs: 1 });
    const first = source.applicable[0];
    source.service = { ...source.service, name: TYPED };
    source.answers = { ...source.answers, [first]: { ...source.answers[first], justification: `Justifié : ${TYPED} Puis 😀😀 deux.` } };
    const pdf = await renderServiceReport(source);
    const { text, pages, misnumbered } = await readReport(pdf);
    expect(misnumbered).toEqual([]);
    // The cover's title (bold), the running header, and the justification (regular).
    expect(pages[0]).toContain(squash(pdfText(PRINTED)));
    expect(text).toContain(squash(pdfText(`Justifié : ${PRINTED} Puis 😀😀 deux.`)));
    // Nothing printed with react-pdf's last resort (Helvetica): no garbage, no NUL.
    // eslint-disable-next-line no-control-regex -- NUL is what a missing glyph leaves in the text layer
    expect(text).not.toMatch(/[\u0000\u00d8=]Ú|\u0000/);
    expect(LONE_SURROGATE.test(text)).toBe(false);
  });

  it("prints them in the school report too (the head's comment)", { timeout: 60_000 }, async () => {
    const source = largeSchoolReportSource({ count: 4 });
    const row = source.rows.find((r) => r.review?.comment === HEAD_COMMENT)!;
    row.review = { ...row.review!, comment: TYPED };
    const { text } = await readReport(await renderSchoolReport(source));
    expect(text).toContain(squash(pdfText(`Commentaire : ${PRINTED}`)));
  });
});
