/**
 * Text helpers of the PDF reports: spaces the embedded font can print, file names.
 * Pure: no I/O.
 */

/**
 * Spaces without a glyph in Marianne (the embedded font), replaced by the no-break space U+00A0
 * that it has: U+202F (narrow no-break space, which `toLocaleString("fr-FR")` and `Intl` put in
 * numbers and before « ; : ! ? », stack-notes E15), U+2009 (thin space) and U+2007 (figure space)
 * keep their "do not break here" meaning. Zero-width characters are dropped, and an ordinary space
 * before ; : ! ? » or after « becomes a no-break space. Every string the reports print goes
 * through this function.
 */
export function pdfText(s: string): string {
  return (
    s
      .replace(/[\u202f\u2009\u2007]/g, "\u00a0")
      .replace(/[\u200b\u2060\ufeff]/g, "")
      // French typography: the space before ; : ! ? » and after « never starts or ends a line.
      .replace(/ ([;:!?»])/g, "\u00a0$1")
      .replace(/« /g, "«\u00a0")
  );
}

/** Applies `pdfText` to every string of a plain data structure (arrays, objects; dates kept). */
export function pdfTextDeep<T>(value: T): T {
  if (typeof value === "string") return pdfText(value) as T;
  if (Array.isArray(value)) return value.map((v) => pdfTextDeep(v)) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pdfTextDeep(v)])) as T;
  }
  return value;
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
