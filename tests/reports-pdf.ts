/** Reading a generated PDF as a user would: its text (pdftotext, poppler-utils), page count and metadata (pdfinfo). */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function withTempFile<T>(pdf: Buffer, f: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-pdf-"));
  const file = path.join(dir, "rapport.pdf");
  fs.writeFileSync(file, pdf);
  try {
    return f(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: Buffer): string[] {
  const text = withTempFile(pdf, (file) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
  return text.split("\f").slice(0, -1);
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = withTempFile(pdf, (file) => execFileSync("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" }));
  return Object.fromEntries(out.split("\n").filter((l) => l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]));
}

/** Every word's right edge (pdftotext -bbox), to check that nothing runs off the page. */
export function wordBoxes(pdf: Buffer): { xMax: number; pageWidth: number; word: string }[] {
  const html = withTempFile(pdf, (file) => execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 }));
  const boxes: { xMax: number; pageWidth: number; word: string }[] = [];
  for (const page of html.split("<page ").slice(1)) {
    const pageWidth = Number(/width="([\d.]+)"/.exec(page)![1]);
    for (const m of page.matchAll(/xMax="([\d.]+)"[^>]*>([^<]*)</g)) boxes.push({ xMax: Number(m[1]), pageWidth, word: m[2] });
  }
  return boxes;
}

/** Same words and signs, whatever the line breaks and the kind of space (U+0020, U+00A0, U+202F). */
export const squash = (s: string) => s.replace(/\ufeff/g, "").replace(/[\s\u00a0\u202f]+/g, " ").trim();

/**
 * A report as a reader checks it: each page's text (spaces folded), the whole text, pdfinfo's
 * fields, and the pages whose footer does not say "page X sur N" with N = pdfinfo's page count
 * (empty when the numbering is right). Framework-free: vitest and Playwright tests assert on it.
 */
export function readReport(pdf: Buffer) {
  const info = pdfInfo(pdf);
  const count = Number(info.Pages);
  const pages = pdfPages(pdf).map(squash);
  const misnumbered = pages.length === count ? pages.flatMap((p, i) => (p.includes(`page ${i + 1} sur ${count}`) ? [] : [i + 1])) : [`${pages.length} pages lues, ${count} annoncées`];
  return { pages, text: pages.join(" "), info, count, misnumbered, isPdf: pdf.subarray(0, 5).toString() === "%PDF-" };
}
