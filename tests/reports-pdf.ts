/**
 * Reading a generated PDF as a user would: the text of each page, the page count, the metadata and
 * where each word ends on its line. Read with pdfjs-dist (Mozilla's PDF reader, in JavaScript), so
 * the tests need no system tool: `npm ci && npm test` is enough on a bare machine.
 */
import { getDocument, PDFDateString } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";

type Box = { right: number; str: string };

/**
 * A parsed document: each page's text in the order the PDF writes it (pdfjs marks the ends of
 * lines and inserts a space where a gap separates two pieces, so a table cell's lines stay
 * together, as a reader of the page takes them), and each piece's right edge.
 */
async function open(pdf: Buffer) {
  // pdfjs takes ownership of the array it is given: hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: { width: number; text: string; boxes: Box[]; links: string[] }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width] = page.view;
      const content = await page.getTextContent();
      let text = "";
      const boxes: Box[] = [];
      for (const raw of content.items) {
        if (!("str" in raw)) continue;
        const item = raw as TextItem;
        text += item.str + (item.hasEOL ? "\n" : "");
        if (item.str.trim()) boxes.push({ right: item.transform[4] + item.width, str: item.str });
      }
      const links = (await page.getAnnotations()).flatMap((a: { subtype?: string; url?: string }) => (a.subtype === "Link" && a.url ? [a.url] : []));
      pages.push({ width, text, boxes, links });
      page.cleanup();
    }
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    return { pages, info, count: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/**
 * The addresses of the links a reader can click, in page order. Check addresses here rather than
 * in the text: pdfjs (Firefox's reader) reads the invisible break points that let a long address
 * wrap (lib/reports/fonts.ts) as spaces, "https:/ / exemple. fr", though none shows on the page.
 */
export async function pdfLinks(pdf: Buffer): Promise<string[]> {
  const { pages } = await open(pdf);
  return pages.flatMap((p) => p.links);
}

/** The text of each page, lines separated by a line feed. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { pages } = await open(pdf);
  return pages.map((p) => p.text);
}

/** A PDF date (D:20260504093000Z, D:20260504113000+02'00') as an ISO string, else as written. */
function isoDate(value: unknown): string {
  if (typeof value !== "string") return "";
  const d = PDFDateString.toDateObject(value);
  return d ? d.toISOString() : value;
}

/** The document information: Title, Author, Subject, Keywords, Creator, Producer, CreationDate (ISO), Pages. */
export async function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  const { info, count } = await open(pdf);
  return readInfo(info, count);
}

function readInfo(info: Record<string, unknown>, count: number): Record<string, string> {
  const out: Record<string, string> = { Pages: String(count) };
  for (const key of ["Title", "Author", "Subject", "Keywords", "Creator", "Producer", "Language"]) {
    if (typeof info[key] === "string") out[key] = info[key] as string;
  }
  if (info.CreationDate) out.CreationDate = isoDate(info.CreationDate);
  if (info.ModDate) out.ModDate = isoDate(info.ModDate);
  return out;
}

/** Every word's right edge, to check that nothing runs off the page. */
export async function wordBoxes(pdf: Buffer): Promise<{ xMax: number; pageWidth: number; word: string }[]> {
  const { pages } = await open(pdf);
  const boxes: { xMax: number; pageWidth: number; word: string }[] = [];
  for (const page of pages) {
    for (const it of page.boxes) {
      // The last word of a piece ends where the piece ends; earlier words end before it.
      const words = it.str.split(/\s+/).filter(Boolean);
      boxes.push({ xMax: it.right, pageWidth: page.width, word: words[words.length - 1] });
    }
  }
  return boxes;
}

/** Same words and signs, whatever the line breaks and the kind of space (U+0020, U+00A0, U+202F). */
export const squash = (s: string) => s.replace(/\ufeff/g, "").replace(/[\s\u00a0\u202f]+/g, " ").trim();

/**
 * A report as a reader checks it: each page's text (spaces folded), the whole text, the document
 * information, and the pages whose footer does not say "page X sur N" with N = the page count
 * (empty when the numbering is right). Framework-free: vitest and Playwright tests assert on it.
 */
export async function readReport(pdf: Buffer) {
  const { pages: raw, info: rawInfo, count } = await open(pdf);
  const info = readInfo(rawInfo, count);
  const pages = raw.map((p) => squash(p.text));
  const misnumbered = pages.flatMap((p, i) => (p.includes(`page ${i + 1} sur ${count}`) ? [] : [i + 1]));
  const links = raw.flatMap((p) => p.links);
  return { pages, text: pages.join(" "), links, info, count, misnumbered, isPdf: pdf.subarray(0, 5).toString() === "%PDF-" };
}
