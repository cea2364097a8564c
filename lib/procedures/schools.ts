/**
 * Procedures of a school's pages (heads of that school only): its list of services, the decisions,
 * the CSV of the table and the compliance report. Declared once for the kernel (lib/kernel); the
 * rules are in lib/schools.
 */
import { z } from "zod";
import type { Db } from "@/db/client";
import { defineAction, defineRoute, refuse, type ActionState } from "@/lib/kernel";
import { currentGrid } from "@/lib/grid/current";
import { addPublishedService, declareService as storeDeclared, getSchool, recordReview as storeReview, removeService as storeRemoval, REVIEW_UNCHANGED_MESSAGE, schoolOverview } from "@/lib/schools/store";
import { filterSchoolServices, schoolServicesCsv } from "@/lib/schools/overview";
import { addServiceSchema, declareServiceSchema, DECISION_LABELS, removeServiceSchema, reviewInputSchema, schoolTableFilterSchema, uaiParamSchema } from "@/lib/schools/input";
import { pdfResponse, reportError } from "@/lib/reports/http";
import { renderSchoolReportOffThread } from "@/lib/reports/render-pool";
import { prepareSchoolReport } from "@/lib/reports/school-data";
import { schoolReportSource } from "@/lib/reports/school-source";

/** The school as the policy's resource; null when it does not exist. */
async function school({ db, input }: { db: Db; input: { uai: string } }) {
  const s = await getSchool(db, input.uai);
  return s ? { type: "school" as const, uai: s.uai } : null;
}
const pages = (uai: string) => `/etablissements/${uai}`;
const uai = uaiParamSchema;

export const addService = defineAction({
  name: "schools.addService",
  input: addServiceSchema.extend({ uai }),
  policy: { action: "school.services.manage", resource: school },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const r = await addPublishedService(db, { uai: input.uai, serviceId: input.serviceId, userId: actor.id });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    effects.revalidate(pages(input.uai), "layout");
    return { ok: true, message: `« ${r.name} » est ajouté à la liste des services de l'établissement.` };
  },
});

export const declareService = defineAction({
  name: "schools.declareService",
  input: declareServiceSchema.extend({ uai }),
  policy: { action: "school.services.manage", resource: school },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const { uai, ...service } = input;
    const r = await storeDeclared(db, { uai, userId: actor.id, service });
    if (!r.ok) return { ok: false, status: r.status, message: r.message, fieldErrors: r.status === 409 ? { name: r.message } : undefined };
    effects.revalidate(pages(uai), "layout");
    return { ok: true, message: `« ${service.name} » est ajouté, comme service non positionné par l'éditeur.`, data: { id: r.schoolServiceId } };
  },
});

export const removeService = defineAction({
  name: "schools.removeService",
  input: removeServiceSchema.extend({ uai }),
  policy: { action: "school.services.manage", resource: school },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const r = await storeRemoval(db, { uai: input.uai, schoolServiceId: input.schoolServiceId, userId: actor.id });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    effects.revalidate(pages(input.uai), "layout");
    // Its page no longer exists: back to the school's list.
    return effects.redirect(`${pages(input.uai)}#titre-services`);
  },
});

export const recordReview = defineAction({
  name: "schools.recordReview",
  input: reviewInputSchema.extend({ uai }),
  policy: { action: "school.review", resource: school },
  async run({ actor, db, input, effects }): Promise<ActionState> {
    const { uai, ...review } = input;
    const r = await storeReview(db, { uai, userId: actor.id, review });
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    if (r.unchanged) return { ok: true, message: REVIEW_UNCHANGED_MESSAGE };
    effects.revalidate(pages(uai), "layout");
    return { ok: true, message: `Décision « ${DECISION_LABELS[review.decision]} » enregistrée.` };
  },
});

// ---------------------------------------------------------------------------
// Route handlers: the table as CSV, the compliance report
// ---------------------------------------------------------------------------

const schoolParams = z.object({ uai });
const schoolOfRoute = ({ db, input }: { db: Db; input: { params: { uai: string } } }) => school({ db, input: { uai: input.params.uai } });
/** An empty field of the filter form is no filter. */
const blankIsAbsent = (v: unknown) => (v && typeof v === "object" ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== "")) : v);

/** The school's table of services as CSV (same filters as the page): its heads and administrators only. */
export const schoolExport = defineRoute({
  name: "schools.export",
  params: schoolParams,
  query: z.preprocess(blankIsAbsent, schoolTableFilterSchema),
  // The address of a school page that cannot exist: 404, as for the pages.
  invalidParams: { status: 404, message: "Page ou ressource introuvable." },
  policy: { action: "school.read-private", resource: schoolOfRoute },
  async run({ db, params, query, request }) {
    const grid = currentGrid();
    const rows = filterSchoolServices(await schoolOverview(db, params.uai, { currentGridVersion: grid.version }), query);
    const csv = schoolServicesCsv(rows, grid.axes, new URL(request.url).origin);
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="services-${params.uai}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  },
});

/**
 * The school compliance report (PDF), for the school's heads and the administrators only:
 * anonymous 401; anyone else 404, as for a school that does not exist. Never cached: it shows the
 * decisions as they are now.
 */
export const schoolReport = defineRoute({
  name: "schools.report",
  params: schoolParams,
  invalidParams: { status: 404, message: "Page ou ressource introuvable : l'adresse ne contient pas un numéro UAI valide." },
  policy: { action: "school.read-private", resource: schoolOfRoute },
  refuse: (r) => reportError(r.status, r.message),
  async run({ db, params, request }) {
    const source = await schoolReportSource(db, params.uai, { baseUrl: new URL(request.url).origin });
    if (!source) refuse(404, "Page ou ressource introuvable.");
    const data = prepareSchoolReport(source);
    const t0 = performance.now();
    const pdf = await renderSchoolReportOffThread(data);
    return pdfResponse(pdf, data.fileName, { private: true, renderMs: performance.now() - t0 });
  },
});
