/**
 * Archiving a service and restoring it (issue #12), on the demo data, through the procedures as the
 * server runs them (lib/kernel executor): the service leaves the catalogue and its publications stay
 * readable; the school that uses it sees it archived on its page, in its CSV and in its compliance
 * PDF; no school can add it any more; its draft is frozen (409 in French, nothing written); restore
 * brings everything back; each step writes its audit row, in one transaction.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { bootstrap } from "@/lib/startup/bootstrap";
import { rowsOf } from "@/db/client";
import { auditEvents, services } from "@/db/schema";
import { answers, publications } from "@/db/assessment-schema";
import { schoolServices } from "@/db/school-schema";
import { loadActor } from "@/lib/accounts";
import type { Actor } from "@/lib/authz";
import { executeAction, executeRoute, type Effects } from "@/lib/kernel";
import { archive, draftExport, publish, restore, revert, saveAnswer, updateService } from "@/lib/procedures/services";
import { publicationExport } from "@/lib/procedures/public";
import { archiveService } from "@/lib/assessment/archive";
import { ARCHIVED_DRAFT_MESSAGE } from "@/lib/assessment/archived";
import { latestPublications, publicationByNumber, searchCatalogue } from "@/lib/assessment/catalogue";
import { getService, loadDraft } from "@/lib/assessment/store";
import { currentGrid } from "@/lib/grid/current";
import { formatDate } from "@/lib/format";
import { reviewInputSchema } from "@/lib/schools/input";
import { addPublishedService, recordReview, removeService, schoolOverview } from "@/lib/schools/store";
import { ATTENTION_LABELS, attentionPoints, filterSchoolServices, schoolServicesCsv } from "@/lib/schools/overview";
import { parseCsvRecords } from "@/lib/csv";
import { schoolReportSource } from "@/lib/reports/school-source";
import { renderSchoolReport } from "@/lib/reports/render";
import { readReport, squash } from "@/tests/reports-pdf";
import { targets, type TestDb } from "./targets";

const SVC = "demo-svc-vie-scolaire"; // « Vie scolaire Horizon », Cartable Ouvert (démo), published
const NAME = "Vie scolaire Horizon";
const ORG = "demo-org-cartable";
const EDITOR_A = "demo-user-editeur-cartable";
const TILLEULS = "0260015A";
const VERCORS = "0380105H";
const CHEF_T = "demo-user-chef-tilleuls";
const CHEF_V = "demo-user-chef-vercors";
const grid = currentGrid();

/** The effects of app/_kernel without Next.js: the pages asked to render again are recorded. */
function recordingEffects() {
  const revalidated: string[] = [];
  const effects: Effects = {
    revalidate: (path, scope) => void revalidated.push(scope ? `${path} (${scope})` : path),
    redirect: (path) => {
      throw new Error(`redirection inattendue vers ${path}`);
    },
    after: () => {},
    signInWithPassword: async () => "refused",
    signInWithProvider: async () => {},
    signOut: async () => {},
    clientAddress: async () => "192.0.2.1",
  };
  return { effects, revalidated };
}

describe.each(targets)("archiving a service on $name", (target) => {
  let db: TestDb;
  let editorA: Actor;
  let editorB: Actor;
  let admin: Actor;
  let inTilleuls: string;
  let archivedAt: Date;
  const call = (actor: Actor) => ({ actor, db: db.db, effects: recordingEffects().effects });
  const auditRows = (action: string) =>
    db.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, SVC)));
  const inCatalogue = async () => (await searchCatalogue(db.db, { q: "horizon" })).rows.map((r) => r.name);

  beforeAll(async () => {
    db = await target.create();
    await bootstrap(db, { SEED_DEMO: "1" });
    editorA = await loadActor(db.db, EDITOR_A);
    editorB = await loadActor(db.db, "demo-user-editeur-edulab");
    admin = await loadActor(db.db, "demo-user-admin");
    // Tilleuls uses it and has decided on it; Vercors added it once, then removed it.
    const t = await addPublishedService(db.db, { uai: TILLEULS, serviceId: SVC, userId: CHEF_T });
    const v = await addPublishedService(db.db, { uai: VERCORS, serviceId: SVC, userId: CHEF_V });
    if (!t.ok || !v.ok) throw new Error("seed");
    inTilleuls = t.schoolServiceId;
    const decided = await recordReview(db.db, {
      uai: TILLEULS,
      userId: CHEF_T,
      review: reviewInputSchema.parse({ schoolServiceId: inTilleuls, decision: "conforme", comment: "", nextReviewOn: "", publicationNumber: 1 }),
    });
    const removed = await removeService(db.db, { uai: VERCORS, schoolServiceId: v.schoolServiceId, userId: CHEF_V });
    if (!decided.ok || !removed.ok) throw new Error("seed");
  });
  afterAll(async () => db?.dispose());

  it("is refused to another organisation (404) and to an administrator (403), and then writes nothing", async () => {
    const before = await db.db.select().from(services).where(eq(services.id, SVC));
    expect(await executeAction(archive, call(editorB), { serviceId: SVC })).toMatchObject({ ok: false, status: 404 });
    expect(await executeAction(archive, call(admin), { serviceId: SVC })).toMatchObject({ ok: false, status: 403 });
    expect(await executeAction(archive, call(editorA), { serviceId: "" })).toMatchObject({ ok: false, status: 400, message: "Identifiant manquant." });
    expect(await db.db.select().from(services).where(eq(services.id, SVC))).toEqual(before);
    expect(await auditRows("service.archive")).toEqual([]);
    expect(await inCatalogue()).toEqual([NAME]);
  });

  it("takes the service out of the catalogue, keeps its publications readable, writes one audit row and renders the pages concerned again", async () => {
    const total = (await searchCatalogue(db.db, {})).total;
    const { effects, revalidated } = recordingEffects();
    const r = await executeAction(archive, { actor: editorA, db: db.db, effects }, { serviceId: SVC });
    expect(r).toMatchObject({ ok: true });
    expect(r.message).toBe(`« ${NAME} » est archivé : il ne figure plus au catalogue, ses publications restent consultables. 1 établissement qui l'utilise en est informé.`);
    expect(revalidated).toEqual(expect.arrayContaining(["/services", `/services/${SVC} (layout)`, "/mes-services", "/etablissements (layout)"]));

    const row = await getService(db.db, SVC);
    expect(row?.archivedAt).toBeInstanceOf(Date);
    expect(row?.archivedBy).toBe(EDITOR_A);
    archivedAt = row!.archivedAt!;

    // Out of the catalogue, in both of its readers (the public page and the heads' search).
    expect(await inCatalogue()).toEqual([]);
    expect((await searchCatalogue(db.db, {})).total).toBe(total - 1);
    expect((await latestPublications(db.db)).map((p) => p.serviceId)).not.toContain(SVC);

    // Its publication stays readable at its address, and exported.
    expect((await publicationByNumber(db.db, SVC, 1))?.snapshot.service.name).toBe(NAME);
    const exported = await executeRoute(publicationExport, call({ kind: "anonymous" }), new Request("http://localhost/services/x/export?format=json&publication=1"), { id: SVC });
    expect(exported.status).toBe(200);
    expect(JSON.stringify(await exported.json())).toContain(NAME);

    const [event, ...more] = await auditRows("service.archive");
    expect(more).toEqual([]);
    expect(event).toMatchObject({ actorUserId: EDITOR_A, subjectType: "service", organisationId: ORG, before: { archivedAt: null }, details: { name: NAME, schools: 1 } });
    expect(new Date((event.after as { archivedAt: string }).archivedAt).getTime()).toBe(archivedAt.getTime());
  });

  it("tells the school that uses it: on its page (row and point d'attention), in its CSV and in its compliance PDF", async () => {
    const rows = await schoolOverview(db.db, TILLEULS, { currentGridVersion: grid.version });
    const horizon = rows.find((r) => r.id === inTilleuls)!;
    expect(horizon.archivedAt?.getTime()).toBe(archivedAt.getTime());
    const sentence = `Archivé par l'éditeur le ${formatDate(archivedAt)}`;

    // The decision is "conforme" and nothing else asks for a look: the archive alone makes it a point d'attention.
    const points = attentionPoints(rows);
    expect(points.services.find((s) => s.id === inTilleuls)?.reasons.map((x) => x.kind)).toEqual(["archive"]);
    expect(points.services.find((s) => s.id === inTilleuls)?.reasons[0].text).toContain(sentence);
    expect(points.counts.archive).toBe(1);
    expect(filterSchoolServices(rows, { alerte: "a-revoir" }).map((r) => r.id)).toContain(inTilleuls);

    const csv = parseCsvRecords(schoolServicesCsv(rows, grid.axes), ";");
    expect(csv.find((l) => l.Service === NAME)?.["Points d'attention"]).toContain(sentence);

    const source = await schoolReportSource(db.db, TILLEULS, { baseUrl: "https://exemple.fr" });
    const { text } = await readReport(await renderSchoolReport(source!));
    expect(text).toContain(squash(sentence));
    expect(text).toContain(squash(ATTENTION_LABELS.archive));
  });

  it("cannot be added by a school any more; the school that uses it keeps it", async () => {
    const before = await db.db.select().from(schoolServices).where(eq(schoolServices.uai, VERCORS));
    expect(await addPublishedService(db.db, { uai: VERCORS, serviceId: SVC, userId: CHEF_V })).toEqual({
      ok: false,
      status: 409,
      message: `« ${NAME} » a été archivé par son éditeur : il ne figure plus au catalogue et ne peut plus être ajouté.`,
    });
    expect(await db.db.select().from(schoolServices).where(eq(schoolServices.uai, VERCORS))).toEqual(before);
    expect(await schoolOverview(db.db, VERCORS, { currentGridVersion: grid.version })).toEqual([]);
    expect((await schoolOverview(db.db, TILLEULS, { currentGridVersion: grid.version })).map((r) => r.name)).toContain(NAME);
  });

  it("freezes the draft: the form, the profile, publish and revert answer 409 in French and write nothing; the draft's export still works", async () => {
    const snapshot = async () => ({
      answers: await db.db.select().from(answers).where(eq(answers.serviceId, SVC)),
      service: await db.db.select().from(services).where(eq(services.id, SVC)),
      publications: (await db.db.select({ n: count() }).from(publications).where(eq(publications.serviceId, SVC)))[0].n,
      audit: (await db.db.select({ n: count() }).from(auditEvents))[0].n,
    });
    const before = await snapshot();
    const [[criterionId, stored]] = [...(await loadDraft(db.db, SVC, grid.version)).answers];
    const level = stored.content.level === 4 ? 3 : 4;

    expect(await executeAction(saveAnswer, call(editorA), { serviceId: SVC, criterionId, baseVersion: stored.version, answer: { ...stored.content, level } })).toEqual({
      status: "error",
      httpStatus: 409,
      message: ARCHIVED_DRAFT_MESSAGE,
    });
    const profile = { serviceId: SVC, name: "Vie scolaire Horizon 2", description: "", url: "", category: "vie-scolaire", flags: {} };
    expect(await executeAction(updateService, call(editorA), profile)).toEqual({ ok: false, status: 409, message: ARCHIVED_DRAFT_MESSAGE });
    expect(await executeAction(publish, call(editorA), { serviceId: SVC })).toMatchObject({ ok: false, status: 409, message: ARCHIVED_DRAFT_MESSAGE });
    expect(await executeAction(revert, call(editorA), { serviceId: SVC })).toEqual({ ok: false, status: 409, message: ARCHIVED_DRAFT_MESSAGE });
    expect(await executeAction(archive, call(editorA), { serviceId: SVC })).toEqual({ ok: false, status: 409, message: "Ce service est déjà archivé." });
    expect(await snapshot()).toEqual(before);

    const draft = await executeRoute(draftExport, call(editorA), new Request("http://localhost/mes-services/x/export?format=json"), { id: SVC });
    expect(draft.status).toBe(200);
    expect((await draft.json()).nature).toBe("brouillon");
  });

  it("restores: back in the catalogue, no longer a point d'attention, addable and editable again, with its audit row", async () => {
    expect(await executeAction(restore, call(editorB), { serviceId: SVC })).toMatchObject({ ok: false, status: 404 });
    expect(await executeAction(restore, call(editorA), { serviceId: SVC })).toEqual({ ok: true, message: `« ${NAME} » est restauré : son positionnement est de nouveau modifiable.` });
    expect(await getService(db.db, SVC)).toMatchObject({ archivedAt: null, archivedBy: null });
    expect(await inCatalogue()).toEqual([NAME]);

    const rows = await schoolOverview(db.db, TILLEULS, { currentGridVersion: grid.version });
    expect(rows.find((r) => r.id === inTilleuls)?.archivedAt).toBeNull();
    expect(attentionPoints(rows).counts.archive).toBe(0);

    expect(await addPublishedService(db.db, { uai: VERCORS, serviceId: SVC, userId: CHEF_V })).toMatchObject({ ok: true });
    const [[criterionId, stored]] = [...(await loadDraft(db.db, SVC, grid.version)).answers];
    const saved = await executeAction(saveAnswer, call(editorA), { serviceId: SVC, criterionId, baseVersion: stored.version, answer: { ...stored.content, justification: `${stored.content.justification} (revu)` } });
    expect(saved).toMatchObject({ status: "saved", version: stored.version + 1 });

    const [event, ...more] = await auditRows("service.restore");
    expect(more).toEqual([]);
    expect(event).toMatchObject({ actorUserId: EDITOR_A, organisationId: ORG, before: { archivedBy: EDITOR_A }, after: { archivedAt: null } });
    expect(new Date((event.before as { archivedAt: string }).archivedAt).getTime()).toBe(archivedAt.getTime());
    expect(await executeAction(restore, call(editorA), { serviceId: SVC })).toEqual({ ok: false, status: 409, message: "Ce service n'est pas archivé : il n'y a rien à restaurer." });
  });

  it("two archives at once: one wins, the other is told, one audit row", async () => {
    const service = { id: SVC, organisationId: ORG };
    const results = await Promise.all([archiveService(db.db, { service, userId: EDITOR_A }), archiveService(db.db, { service, userId: EDITOR_A })]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ status: 409 });
    expect(await auditRows("service.archive")).toHaveLength(2); // the first test's archive, and this one
    const [{ n }] = rowsOf<{ n: number }>(await db.db.execute(sql`select count(*)::int as n from ${services} where ${services.archivedAt} is not null`));
    expect(n).toBe(1);
  });
});
