/** HTTP answers of the exports, shared by the public and the private route handlers. */
import { toCsv } from "../csv";
import type { Grid } from "../grid/schema";
import { exportFileName, toExportCsvRows, toExportJson, type ExportSource } from "./export";

export function exportResponse(source: ExportSource, grid: Grid, format: "csv" | "json"): Response {
  const headers = { "content-disposition": `attachment; filename="${exportFileName(source, format)}"`, "cache-control": "private, no-store" };
  if (format === "json") {
    return new Response(JSON.stringify(toExportJson(source, grid), null, 2), { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
  }
  return new Response(`\uFEFF${toCsv(toExportCsvRows(source, grid), ";")}`, { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
}

export const errorResponse = (status: number, message: string) => Response.json({ erreur: message }, { status });
