/**
 * Renders the reports to PDF bytes. Server-only (Node): fonts are read from disk.
 */
import { createElement, type ReactElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import { fontStack, registerReportFonts, resolveFamilies } from "./fonts";
import { SUBSTITUTE, codePointsOf, printableDeep } from "./text";
import { ServiceReport } from "./ServiceReport";
import { SchoolReport } from "./SchoolReport";
import { prepareServiceReport, type ServiceReportData, type ServiceReportSource } from "./service-data";
import { prepareSchoolReport, type SchoolReportData, type SchoolReportSource } from "./school-data";

function toPdf(element: unknown): Promise<Buffer> {
  registerReportFonts();
  return renderToBuffer(element as ReactElement<DocumentProps>);
}

/**
 * The report's text as the embedded fonts can print it, and the fonts its pages need: each
 * character goes to Marianne or to the first fallback font that has it (fonts.ts); one that no
 * font has becomes « � » (text.ts). The document's metadata and file name are left as typed
 * (they are not printed with the fonts).
 */
export async function fitToFonts<T extends { meta: unknown; fileName: string; fonts?: readonly string[] }>(data: T): Promise<{ data: T; fonts: string[] }> {
  const families = await resolveFamilies(codePointsOf(data, new Set([SUBSTITUTE.codePointAt(0)!])));
  const substitute = families.get(SUBSTITUTE.codePointAt(0)!) ? SUBSTITUTE : "?";
  const printable = { ...printableDeep(data, families, substitute), meta: data.meta, fileName: data.fileName };
  const used = new Set<string>();
  for (const cp of codePointsOf({ ...printable, meta: null, fileName: "" })) {
    const family = families.get(cp);
    if (family) used.add(family);
  }
  const fonts = fontStack(used);
  return { data: { ...printable, fonts }, fonts };
}

/** The PDF of a service positioning report, from prepared data or from its source. */
export async function renderServiceReport(input: ServiceReportData | ServiceReportSource): Promise<Buffer> {
  const { data } = await fitToFonts("cover" in input ? input : prepareServiceReport(input));
  return toPdf(createElement(ServiceReport, { data }));
}

/** The PDF of a school compliance report, from prepared data or from its source. */
export async function renderSchoolReport(input: SchoolReportData | SchoolReportSource): Promise<Buffer> {
  const { data } = await fitToFonts("cover" in input ? input : prepareSchoolReport(input));
  return toPdf(createElement(SchoolReport, { data }));
}
