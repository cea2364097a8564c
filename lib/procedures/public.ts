/**
 * Public route handlers: the grid, published positionings (exports and PDF reports) and the
 * territorial context. Anyone may call them; they never read who calls. Declared once for the
 * kernel (lib/kernel).
 */
import { z } from "zod";
import { defineRoute, refuse } from "@/lib/kernel";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { gridChecksum } from "@/lib/grid/checksum";
import { gridCsvRows } from "@/lib/grid/present";
import { toCsv } from "@/lib/csv";
import { exportQuerySchema } from "@/lib/assessment/export";
import { exportResponse } from "@/lib/assessment/export-response";
import { latestPublication } from "@/lib/assessment/store";
import { publicationByNumber } from "@/lib/assessment/catalogue";
import { pdfResponse, publicationNumberParamSchema, reportError, serviceIdParamSchema } from "@/lib/reports/http";
import { publicationReport as renderPublicationReport } from "@/lib/reports/publication-report";
import { csvSeparatorSchema, departementsCsv, listDepartementsCached } from "@/lib/territory";
import { MAP_SPRITE } from "@/lib/territory-map";

const noParams = z.object({});

/** A grid version, as CSV (for a spreadsheet) or JSON (for programs). */
export const gridExport = defineRoute({
  name: "grid.export",
  params: noParams,
  query: z.object({
    format: z.enum(["csv", "json"], { error: "Format inconnu : « csv » ou « json » attendu." }),
    version: z.string().max(20, { error: "Version trop longue." }).optional(),
  }),
  policy: { public: "the grid is public" },
  async run({ query }) {
    const grid = query.version ? findGrid(query.version) : currentGrid();
    if (!grid) refuse(404, `La version de grille « ${query.version} » n'existe pas.`);
    const name = `grille-positionnement-${grid.version}`;
    if (query.format === "json") {
      return new Response(JSON.stringify({ ...grid, checksum: gridChecksum(grid) }, null, 2), {
        headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${name}.json"` },
      });
    }
    // BOM so that spreadsheet programs read the accents as UTF-8.
    return new Response(`\uFEFF${toCsv(gridCsvRows(grid), ";")}`, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` },
    });
  },
});

/** A publication (the latest, or ?publication=N) as CSV or JSON. Drafts are never exported here. */
export const publicationExport = defineRoute({
  name: "services.publicationExport",
  params: z.object({ id: serviceIdParamSchema }),
  query: exportQuerySchema,
  policy: { public: "publications are public; drafts never come out of this route" },
  async run({ db, params, query }) {
    const pub = query.publication ? await publicationByNumber(db, params.id, query.publication) : await latestPublication(db, params.id);
    if (!pub) refuse(404, "Aucune publication de ce service ne correspond à cette adresse.");
    const grid = findGrid(pub.gridVersion) ?? currentGrid();
    return exportResponse({ kind: "publication", publication: { number: pub.number, publishedAt: pub.publishedAt.toISOString() }, snapshot: pub.snapshot }, grid, query.format);
  },
});

/** The PDF report of a service's latest publication (drafts never appear here). */
export const latestPublicationReport = defineRoute({
  name: "services.latestReport",
  params: z.object({ id: serviceIdParamSchema }),
  policy: { public: "the report of the latest publication is public" },
  refuse: (r) => reportError(r.status, r.message),
  async run({ db, params }) {
    const report = await renderPublicationReport(db, params.id, null);
    if (!report) refuse(404, "Ce service n'a pas de positionnement publié : il n'y a pas de rapport à télécharger.");
    return pdfResponse(report.pdf, report.fileName, { private: false, renderMs: report.renderMs });
  },
});

/** The PDF report of one publication of a service (every publication stays readable). */
export const publicationReport = defineRoute({
  name: "services.publicationReport",
  params: z.object({ id: serviceIdParamSchema, number: publicationNumberParamSchema }),
  policy: { public: "every publication's report stays public" },
  refuse: (r) => reportError(r.status, r.message),
  async run({ db, params }) {
    const report = await renderPublicationReport(db, params.id, params.number);
    if (!report) refuse(404, `La publication n° ${params.number} de ce service n'existe pas.`);
    return pdfResponse(report.pdf, report.fileName, { private: false, renderMs: report.renderMs });
  },
});

/**
 * The table of /territoires as CSV: one row per département and COM, both years, French headers,
 * UTF-8 with BOM for spreadsheet programs. ?separateur=virgule for a comma-separated file.
 */
export const territoriesExport = defineRoute({
  name: "territories.export",
  params: noParams,
  query: z.object({ separateur: csvSeparatorSchema.default("point-virgule") }),
  invalidQuery: (messages) => `Paramètre invalide : ${messages.join(" ; ")}.`,
  policy: { public: "the territorial context is public (the ministry's published figures)" },
  async run({ db, query }) {
    const rows = await listDepartementsCached(db);
    return new Response(departementsCsv(rows, query.separateur === "virgule" ? "," : ";"), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="deploiement-ent-colleges-2018-2025.csv"',
        "cache-control": "no-store",
      },
    });
  },
});

/**
 * The shapes of the map (see MAP_SPRITE). Pages ask for it with ?v=<version of the shapes>, so
 * the browser may keep it for a year.
 */
export const territoriesMap = defineRoute({
  name: "territories.map",
  params: noParams,
  policy: { public: "the map's shapes (open data, CC-BY-4.0)" },
  async run() {
    return new Response(MAP_SPRITE, {
      headers: {
        "content-type": "image/svg+xml; charset=utf-8",
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
      },
    });
  },
});
