import { getDb } from "@/db/client";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { exportQuerySchema } from "@/lib/assessment/export";
import { errorResponse, exportResponse } from "@/lib/assessment/export-response";
import { latestPublication } from "@/lib/assessment/store";
import { publicationByNumber } from "@/lib/assessment/catalogue";
import { serviceIdParamSchema } from "@/lib/reports/http";

/** Public export of a publication (the latest, or ?publication=N). Drafts are never exported here. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsedId = serviceIdParamSchema.safeParse((await params).id);
  if (!parsedId.success) return errorResponse(400, parsedId.error.issues.map((i) => i.message).join(" "));
  const id = parsedId.data;
  const query = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return errorResponse(400, query.error.issues.map((i) => i.message).join(" "));
  const db = getDb();
  const pub = query.data.publication ? await publicationByNumber(db, id, query.data.publication) : await latestPublication(db, id);
  if (!pub) return errorResponse(404, "Aucune publication de ce service ne correspond à cette adresse.");
  const grid = findGrid(pub.gridVersion) ?? currentGrid();
  return exportResponse({ kind: "publication", publication: { number: pub.number, publishedAt: pub.publishedAt.toISOString() }, snapshot: pub.snapshot }, grid, query.data.format);
}
