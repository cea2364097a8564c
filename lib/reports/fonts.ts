/**
 * The fonts embedded in the reports.
 *
 * Marianne, the État's typeface shipped by @codegouvfr/react-dsfr (woff2: the fastest of the
 * formats fontkit loads, stack-notes §6), prints the text. It covers the French letters and signs
 * we print (é è ê à ç œ « » ’ € and U+00A0) but not everything a person may type: emoji, Chinese,
 * ✓ ∞ ₿, Greek or Cyrillic letters… For those, fallback fonts from npm packages (@fontsource, SIL
 * Open Font License, regular weight only, read from node_modules: nothing is downloaded at run
 * time), in this order of preference:
 *
 * | package | for |
 * |---|---|
 * | @fontsource/noto-sans | Latin letters Marianne lacks, Greek, Cyrillic, currency signs (₿), the substitute « � » |
 * | @fontsource/noto-sans-symbols-2 | ✓ ✔ ☐ ★ ⚠ and other symbols |
 * | @fontsource/noto-sans-math | ∞ ≤ ∑ and the other mathematical signs |
 * | @fontsource/noto-emoji | emoji (black and white: PDF fonts have no colour) |
 * | @fontsource/noto-sans-sc | Chinese characters, Japanese kana |
 *
 * These packages split each font into files of a few dozen kilobytes by range of characters
 * (their unicode.json): a report loads and embeds only the files its text needs, so a report
 * without Chinese loads no Chinese font, and one Chinese word adds one small file, not 10 MB.
 * Which font prints a character is decided before the layout (`resolveFamilies`) with fontkit's
 * `hasGlyphForCodePoint` on the fonts react-pdf loads; a character that no font covers is replaced
 * by « � » (text.ts `printableText`), and the page's font list names only the fonts used.
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

// ---------------------------------------------------------------------------
// Fallback fonts
// ---------------------------------------------------------------------------

/** The fallback font packages, in order of preference. `whole`: one file that covers the whole font. */
export const FALLBACK_PACKAGES: readonly { pkg: string; family: string; whole?: string }[] = [
  { pkg: "@fontsource/noto-sans", family: "Noto Sans" },
  { pkg: "@fontsource/noto-sans-symbols-2", family: "Noto Sans Symbols 2" },
  // One file, whose unicode.json announces only Latin: the whole font.
  { pkg: "@fontsource/noto-sans-math", family: "Noto Sans Math", whole: "latin" },
  // Its numbered subsets cut the emoji sequences (👩‍🏫) in pieces: the whole font is one 470 KB file.
  { pkg: "@fontsource/noto-emoji", family: "Noto Emoji", whole: "emoji" },
  { pkg: "@fontsource/noto-sans-sc", family: "Noto Sans SC" },
];

/** One file of a fallback font, registered with react-pdf as its own family. */
export type FallbackFace = { family: string; file: string; /** code point ranges, from the package's unicode.json; null: the whole font */ ranges: readonly [number, number][] | null };

/** Where the npm packages are: `REPORT_NODE_MODULES`, or node_modules under the working directory. */
export function reportNodeModules(): string {
  return env.REPORT_NODE_MODULES || path.join(process.cwd(), "node_modules");
}

/** "U+1f1e9-1f1f5,U+1f21a" (CSS unicode-range) → [[0x1f1e9, 0x1f1f5], [0x1f21a, 0x1f21a]]. */
export function parseUnicodeRange(css: string): [number, number][] {
  return css
    .split(",")
    .map((part) => part.trim().replace(/^U\+/i, ""))
    .filter(Boolean)
    .map((part) => {
      if (part.includes("?")) return [parseInt(part.replace(/\?/g, "0"), 16), parseInt(part.replace(/\?/g, "f"), 16)] as [number, number];
      const [a, b] = part.split("-");
      return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
    });
}

let faces: FallbackFace[] | null = null;

/**
 * Every file of the fallback fonts, in order of preference, read from the packages' unicode.json
 * (no font is loaded here). A package that is not installed is left out: its characters are then
 * replaced by the substitute.
 */
export function fallbackFaces(): FallbackFace[] {
  if (faces) return faces;
  const out: FallbackFace[] = [];
  for (const { pkg, family, whole } of FALLBACK_PACKAGES) {
    const dir = path.join(/*turbopackIgnore: true*/ reportNodeModules(), pkg);
    const id = pkg.split("/")[1];
    const file = (subset: string) => path.join(/*turbopackIgnore: true*/ dir, "files", `${id}-${subset}-400-normal.woff`);
    if (whole) {
      if (fs.existsSync(/*turbopackIgnore: true*/ file(whole))) out.push({ family, file: file(whole), ranges: null });
      continue;
    }
    const index = path.join(/*turbopackIgnore: true*/ dir, "unicode.json");
    if (!fs.existsSync(/*turbopackIgnore: true*/ index)) continue;
    const subsets = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ index, "utf8")) as Record<string, string>;
    for (const [key, range] of Object.entries(subsets)) {
      const subset = key.replace(/^\[|\]$/g, "");
      if (!fs.existsSync(/*turbopackIgnore: true*/ file(subset))) continue;
      out.push({ family: `${family} ${subset}`, file: file(subset), ranges: parseUnicodeRange(range) });
    }
  }
  faces = out;
  return out;
}

const registeredFaces = new Set<string>();

function registerFace(face: FallbackFace): void {
  if (registeredFaces.has(face.family)) return;
  Font.register({ family: face.family, src: face.file });
  registeredFaces.add(face.family);
}

type Glyphs = { hasGlyphForCodePoint(codePoint: number): boolean };

/** The font react-pdf prints a family with (regular), loaded once per process. */
async function glyphsOf(family: string): Promise<Glyphs> {
  await Font.load({ fontFamily: family });
  return Font.getFont({ fontFamily: family }).data as unknown as Glyphs;
}

const familyCache = new Map<number, string | null>();

/**
 * Which font prints each code point: Marianne when it has the glyph, else the first fallback file
 * that has it (registering it with react-pdf), else null (no embedded font covers it). Loads only
 * the files whose ranges contain a code point asked for.
 */
export async function resolveFamilies(codePoints: Iterable<number>): Promise<Map<number, string | null>> {
  registerReportFonts();
  const out = new Map<number, string | null>();
  const marianne = await glyphsOf(REPORT_FONT);
  for (const cp of codePoints) {
    let family = familyCache.get(cp);
    if (family === undefined) {
      family = marianne.hasGlyphForCodePoint(cp) ? REPORT_FONT : null;
      for (const face of family ? [] : fallbackFaces()) {
        if (face.ranges && !face.ranges.some(([a, b]) => cp >= a && cp <= b)) continue;
        registerFace(face);
        if ((await glyphsOf(face.family)).hasGlyphForCodePoint(cp)) {
          family = face.family;
          break;
        }
      }
      familyCache.set(cp, family);
    }
    out.set(cp, family);
  }
  return out;
}

/** The page's font list: Marianne first, then the fallback files used, in order of preference. */
export function fontStack(used: Iterable<string>): string[] {
  const set = new Set(used);
  return [REPORT_FONT, ...fallbackFaces().filter((f) => set.has(f.family)).map((f) => f.family)];
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
    // By grapheme (what a reader takes as one character): an emoji's surrogate pair, a letter and
    // its accent are never cut apart.
    const chars = Array.from(graphemes.segment(piece), (g) => g.segment);
    for (let i = 0; i < chars.length; i += 16) {
      if (parts.length > 0) parts.push(BREAK);
      parts.push(chars.slice(i, i + 16).join(""));
    }
  }
  return parts;
}

const graphemes = new Intl.Segmenter("fr", { granularity: "grapheme" });
