import { z } from "zod";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { csvSeparatorSchema, departementsCsv, listDepartementsCached } from "@/lib/territory";

const querySchema = z.object({ separateur: csvSeparatorSchema.default("point-virgule") });

/**
 * The table of /territoires as CSV: one row per département and COM, both years, French headers,
 * UTF-8 with BOM for spreadsheet programs. ?separateur=virgule for a comma-separated file.
 */
export async function GET(request: Request) {
  await connection();
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ erreur: `Paramètre invalide : ${parsed.error.issues.map((i) => i.message).join(" ; ")}.` }, { status: 400 });
  }
  const rows = await listDepartementsCached(getDb());
  const csv = departementsCsv(rows, parsed.data.separateur === "virgule" ? "," : ";");
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="deploiement-ent-colleges-2018-2025.csv"',
      "cache-control": "no-store",
    },
  });
}
