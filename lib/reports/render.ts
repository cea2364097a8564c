/**
 * Renders the reports to PDF bytes. Server-only (Node): fonts are read from disk.
 */
import { createElement, type ReactElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import { registerReportFonts } from "./fonts";
import { ServiceReport } from "./ServiceReport";
import { prepareServiceReport, type ServiceReportData, type ServiceReportSource } from "./service-data";

/** The PDF of a service positioning report, from prepared data or from its source. */
export async function renderServiceReport(input: ServiceReportData | ServiceReportSource): Promise<Buffer> {
  registerReportFonts();
  const data = "cover" in input ? input : prepareServiceReport(input);
  const element = createElement(ServiceReport, { data }) as unknown as ReactElement<DocumentProps>;
  return renderToBuffer(element);
}
