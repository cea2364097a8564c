/**
 * The font embedded in the reports: Marianne, the État's typeface shipped by
 * @codegouvfr/react-dsfr (woff2: the fastest of the formats fontkit loads, stack-notes §6). It
 * covers the French letters and signs we print (é è ê à ç œ « » ’ € and U+00A0) but has no glyph
 * for U+202F: every printed string goes through `pdfText` (text.ts), which replaces it.
 */
import fs from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { env } from "@/env";

export const REPORT_FONT = "Marianne";

/** Where the font files are: `REPORT_FONT_DIR`, or node_modules under the working directory (`next start` runs from the project root). */
export function reportFontDir(): string {
  return env.REPORT_FONT_DIR || path.join(process.cwd(), "node_modules", "@codegouvfr", "react-dsfr", "dsfr", "fonts");
}

export const REPORT_FONT_FILES = {
  regular: "Marianne-Regular.woff2",
  bold: "Marianne-Bold.woff2",
  italic: "Marianne-Regular_Italic.woff2",
} as const;

let registered = false;

/** Registers the font once per process; throws a clear message when the files are missing. */
export function registerReportFonts(): void {
  if (registered) return;
  const dir = reportFontDir();
  const file = (name: string) => {
    const p = path.join(/*turbopackIgnore: true*/ dir, name);
    if (!fs.existsSync(/*turbopackIgnore: true*/ p)) throw new Error(`Police des rapports PDF introuvable : ${p} (définir REPORT_FONT_DIR ?)`);
    return p;
  };
  Font.register({
    family: REPORT_FONT,
    fonts: [
      { src: file(REPORT_FONT_FILES.regular) },
      { src: file(REPORT_FONT_FILES.bold), fontWeight: "bold" },
      { src: file(REPORT_FONT_FILES.italic), fontStyle: "italic" },
    ],
  });
  Font.registerHyphenationCallback(breakLongWord);
  registered = true;
}

/** Zero-width glyph of Marianne that react-pdf's line breaker takes as a space (it trims to ""): a break without a hyphen. */
const BREAK = "\ufeff";
const LONG_WORD = 24;

/**
 * Hyphenation callback: French words are never hyphenated (react-pdf's patterns are English);
 * a word too long for a line (an address, an identifier) gets break points after / . - _ ? & = #
 * and every 16 characters, so it wraps instead of running off the page. The break adds no visible
 * character (no hyphen inside an address).
 */
export function breakLongWord(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const pieces = word.split(/(?<=[/.\-_?&=#])/);
  const parts: string[] = [];
  for (const piece of pieces) {
    for (let i = 0; i < piece.length; i += 16) {
      if (parts.length > 0) parts.push(BREAK);
      parts.push(piece.slice(i, i + 16));
    }
  }
  return parts;
}
