/**
 * Renders the reports to PDF bytes. Server-only (Node): fonts are read from disk.
 */
import { createElement, type ReactElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import { registerReportFonts } from "./fonts";
import { ServiceReport } from "./ServiceReport";
import { SchoolReport } from "./SchoolReport";
import { prepareServiceReport, type ServiceReportData, type ServiceReportSource } from "./service-data";
import { prepareSchoolReport, type SchoolReportData, type SchoolReportSource } from "./school-data";

function toPdf(element: unknown): Promise<Buffer> {
  registerReportFonts();
  return renderToBuffer(element as ReactElement<DocumentProps>);
}

/** The PDF of a service positioning report, from prepared data or from its source. */
export async function renderServiceReport(input: ServiceReportData | ServiceReportSource): Promise<Buffer> {
  const data = "cover" in input ? input : prepareServiceReport(input);
  return toPdf(createElement(ServiceReport, { data }));
}

/** The PDF of a school compliance report, from prepared data or from its source. */
export async function renderSchoolReport(input: SchoolReportData | SchoolReportSource): Promise<Buffer> {
  const data = "cover" in input ? input : prepareSchoolReport(input);
  return toPdf(createElement(SchoolReport, { data }));
}
