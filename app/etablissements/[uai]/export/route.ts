import { currentActor } from "@/auth";
import { getDb } from "@/db/client";
import { authorize, isAuthorizationError } from "@/lib/authz";
import { currentGrid } from "@/lib/grid/current";
import { schoolOverview } from "@/lib/schools/store";
import { filterSchoolServices, schoolServicesCsv } from "@/lib/schools/overview";
import { schoolTableFilterSchema, uaiParamSchema } from "@/lib/schools/input";

const error = (status: number, message: string) => Response.json({ erreur: message }, { status });

/** The school's table of services as CSV (same filters as the page): its heads and administrators only. */
export async function GET(request: Request, { params }: { params: Promise<{ uai: string }> }) {
  const uai = uaiParamSchema.safeParse((await params).uai);
  if (!uai.success) return error(404, "Page ou ressource introuvable.");
  const query = new URL(request.url).searchParams;
  const filter = schoolTableFilterSchema.safeParse({
    q: query.get("q") || undefined,
    decision: query.get("decision") || undefined,
    conformite: query.get("conformite") || undefined,
    alerte: query.get("alerte") || undefined,
  });
  if (!filter.success) return error(400, filter.error.issues.map((i) => i.message).join(" "));
  try {
    authorize(await currentActor(), "school.read-private", { type: "school", uai: uai.data });
  } catch (e) {
    if (isAuthorizationError(e)) return error(e.status, e.message);
    throw e;
  }
  const grid = currentGrid();
  const rows = filterSchoolServices(await schoolOverview(getDb(), uai.data, { currentGridVersion: grid.version }), filter.data);
  const origin = new URL(request.url).origin;
  const csv = schoolServicesCsv(rows, grid.axes, origin);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="services-${uai.data}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
