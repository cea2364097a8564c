import { z } from "zod";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { gridChecksum } from "@/lib/grid/checksum";
import { gridCsvRows } from "@/lib/grid/present";
import { toCsv } from "@/lib/csv";

const querySchema = z.object({
  format: z.enum(["csv", "json"], { error: "Format inconnu : « csv » ou « json » attendu." }),
  version: z.string().max(20, { error: "Version trop longue." }).optional(),
});

/** Public download of a grid version, as CSV (for a spreadsheet) or JSON (for programs). */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) {
    return Response.json({ erreur: parsed.error.issues.map((i) => i.message).join(" ") }, { status: 400 });
  }
  const grid = parsed.data.version ? findGrid(parsed.data.version) : currentGrid();
  if (!grid) return Response.json({ erreur: `La version de grille « ${parsed.data.version} » n'existe pas.` }, { status: 404 });
  const name = `grille-positionnement-${grid.version}`;
  if (parsed.data.format === "json") {
    return new Response(JSON.stringify({ ...grid, checksum: gridChecksum(grid) }, null, 2), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${name}.json"` },
    });
  }
  // BOM so that spreadsheet programs read the accents as UTF-8.
  return new Response(`\uFEFF${toCsv(gridCsvRows(grid), ";")}`, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` },
  });
}
