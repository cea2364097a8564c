/**
 * Text helpers of the PDF reports: spaces the embedded font can print, characters no embedded
 * font has (replaced by a visible substitute), file names. Pure: no I/O (which font has which
 * character is decided by fonts.ts and passed in).
 */

/**
 * Spaces without a glyph in Marianne (the embedded font), replaced by the no-break space U+00A0
 * that it has: U+202F (narrow no-break space, which `toLocaleString("fr-FR")` and `Intl` put in
 * numbers and before « ; : ! ? », stack-notes E15), U+2009 (thin space) and U+2007 (figure space)
 * keep their "do not break here" meaning. Zero-width characters (spaces, joiners, variation
 * selectors) are dropped: a sequence of emoji joined by U+200D (👩‍🏫) prints as its parts (👩🏫).
 * Letters typed with a separate accent (e + U+0301) are composed (é, NFC), as the fonts have the
 * composed letters. An ordinary space before ; : ! ? » or after « becomes a no-break space. Every
 * string the reports print goes through this function.
 */
export function pdfText(s: string): string {
  return (
    s
      .normalize("NFC")
      .replace(/[\u202f\u2009\u2007]/g, "\u00a0")
      .replace(INVISIBLE, "")
      // French typography: the space before ; : ! ? » and after « never starts or ends a line.
      .replace(/ ([;:!?»])/g, "\u00a0$1")
      .replace(/« /g, "«\u00a0")
  );
}

/** Zero-width spaces and joiners, word joiner, BOM, variation selectors, tag characters: they print nothing. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]|[\ufe00-\ufe0f]|\udb40[\udc20-\udc7f\udd00-\uddef]/g;

/** Applies `f` to every string of a plain data structure (arrays, objects; dates kept). */
function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === "string") return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  }
  return value;
}

/** Applies `pdfText` to every string of a plain data structure (arrays, objects; dates kept). */
export function pdfTextDeep<T>(value: T): T {
  return mapStrings(value, pdfText);
}

// ---------------------------------------------------------------------------
// Characters no embedded font has
// ---------------------------------------------------------------------------

/**
 * What a character that no embedded font covers prints as: « � » (U+FFFD, the Unicode replacement
 * character), one per character, so the reader sees that something was there. Documented in the
 * README and on the method page.
 */
export const SUBSTITUTE = "\ufffd";

/** Every code point of every string of a data structure (surrogate pairs read as one code point). */
export function codePointsOf(value: unknown, into: Set<number> = new Set()): Set<number> {
  mapStrings(value, (s) => {
    for (const ch of s) into.add(ch.codePointAt(0)!);
    return s;
  });
  return into;
}

/**
 * The text with each character that no embedded font prints (`families` says which font prints
 * each code point, null for none) replaced by `substitute`. Goes by code point, so a surrogate
 * pair (an emoji, a rare Chinese character) is kept or replaced whole, never split, and its
 * neighbours are untouched. A line feed is kept, a tab becomes a space, other control characters
 * (invisible) are dropped.
 */
export function printableText(s: string, families: ReadonlyMap<number, string | null>, substitute = SUBSTITUTE): string {
  let out = "";
  let previous: { astral: boolean; family: string | null } = { astral: false, family: null };
  let flagOpen = false; // the previous character is the first regional indicator of a flag (🇫 of 🇫🇷)
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let family: string | null = null;
    let printed: string;
    if (cp === 0x0a || cp === 0xad) printed = ch;
    else if (cp === 0x09) printed = " ";
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else {
      family = families.get(cp) ?? null;
      printed = family ? ch : substitute;
      if (!family) family = families.get(substitute.codePointAt(0)!) ?? null;
    }
    // react-pdf's layout counts a character outside the BMP (two UTF-16 units: an emoji, a rare
    // Chinese character) as one position inside a run of one font: what follows it in the same
    // run is shifted (the next emoji prints as a missing glyph, the space after it vanishes).
    // A zero-width character of Marianne after it ends the run there.
    // The two letters of a flag stay together (the font draws them as one glyph, a run of its own).
    const closesFlag: boolean = flagOpen && isRegionalIndicator(cp);
    if (previous.astral && family !== null && family === previous.family && family !== SEPARATOR_FAMILY && !closesFlag) out += SEPARATOR;
    out += printed;
    previous = { astral: cp > 0xffff && printed === ch, family };
    flagOpen = isRegionalIndicator(cp) && printed === ch && !closesFlag;
  }
  return out;
}

const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;

/** U+2060 WORD JOINER: zero width in Marianne, no line break, read by no one. */
export const SEPARATOR = "\u2060";
/** The family that prints `SEPARATOR` (fonts.ts REPORT_FONT; text.ts stays free of fonts.ts). */
const SEPARATOR_FAMILY = "Marianne";

/** `printableText` on every string of a data structure. */
export function printableDeep<T>(value: T, families: ReadonlyMap<number, string | null>, substitute = SUBSTITUTE): T {
  return mapStrings(value, (s) => printableText(s, families, substitute));
}

/** "Atelier d'écriture « E2E »" → "atelier-d-ecriture-e2e" (ASCII, for a file name). */
export function fileSlug(s: string, max = 60): string {
  const slug = s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
  return slug || "service";
}

/**
 * Content-Disposition of a download: an ASCII `filename` for old clients and the UTF-8
 * `filename*` (RFC 6266 / RFC 5987) with the accents.
 */
export function contentDisposition(fileName: string, disposition: "attachment" | "inline" = "attachment"): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
