/**
 * Schools' services and reviews on the demo data (three published demo services, two demo
 * schools): adding and declaring services, decisions with their history and audit events in one
 * transaction, the overview (freshness, "nouvelle publication depuis votre revue"), the summary,
 * what editors may learn (a count), and that nothing crosses from one school to another.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { and, eq } from "drizzle-orm";
import { bootstrap } from "@/lib/startup/bootstrap";
import { reviews } from "@/db/school-schema";
import { count, sql } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { currentGrid } from "@/lib/grid/current";
import { getService, publish } from "@/lib/assessment/store";
import { reviewInputSchema, todayInFrance } from "@/lib/schools/input";
import {
  addPublishedService,
  countSchoolsByService,
  countSchoolsUsingService,
  declareService,
  recordReview,
  removeService,
  REVIEW_UNCHANGED_MESSAGE,
  reviewHistory,
  schoolOverview,
  schoolServiceView,
} from "@/lib/schools/store";
import { attentionPoints, filterSchoolServices, schoolServicesCsv, summarize } from "@/lib/schools/overview";
import { targets, type TestDb } from "./targets";

const TILLEULS = "0260015A";
const VERCORS = "0380105H";
const CHEF_T = "demo-user-chef-tilleuls";
const CHEF_V = "demo-user-chef-vercors";
const grid = currentGrid();
const opts = { currentGridVersion: grid.version };
const review = (v: Record<string, unknown>) => reviewInputSchema.parse({ comment: "", nextReviewOn: "", ...v });

describe.each(targets)("schools on $name", (target) => {
  let db: TestDb;
  let horizon: string; // school_service ids in the Tilleuls school
  let manuels: string;
  let declared: string;
  beforeAll(async () => {
    db = await target.create();
    await bootstrap(db, { SEED_DEMO: "1" });
  });
  afterAll(async () => db?.dispose());

  it("adds published services and declares an unpositioned one; a duplicate is refused", async () => {
    const a = await addPublishedService(db.db, { uai: TILLEULS, serviceId: "demo-svc-vie-scolaire", userId: CHEF_T });
    const b = await addPublishedService(db.db, { uai: TILLEULS, serviceId: "demo-svc-manuels", userId: CHEF_T });
    const c = await declareService(db.db, { uai: TILLEULS, userId: CHEF_T, service: { name: "Agenda partagé", editor: "Société Exemple", url: "https://agenda.exemple.fr" } });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    [horizon, manuels, declared] = [a.schoolServiceId, b.schoolServiceId, c.schoolServiceId];
    expect(await addPublishedService(db.db, { uai: TILLEULS, serviceId: "demo-svc-vie-scolaire", userId: CHEF_T })).toMatchObject({ ok: false, status: 409 });
    expect(await declareService(db.db, { uai: TILLEULS, userId: CHEF_T, service: { name: "AGENDA partagé", editor: "Autre", url: "" } })).toMatchObject({ ok: false, status: 409 });
    expect(await addPublishedService(db.db, { uai: TILLEULS, serviceId: "n-existe-pas", userId: CHEF_T })).toMatchObject({ ok: false, status: 404 });
  });

  it("shows each service with its latest publication, or as not positioned", async () => {
    const rows = await schoolOverview(db.db, TILLEULS, opts);
    expect(rows.map((r) => [r.name, r.kind, r.publication?.number ?? null, r.review])).toEqual([
      ["Agenda partagé", "declared", null, null],
      ["Manuels interactifs Lumière", "platform", 1, null],
      ["Vie scolaire Horizon", "platform", 1, null],
    ]);
    const hz = rows.find((r) => r.id === horizon)!;
    expect(hz.editor).toBe("Cartable Ouvert (démo)");
    expect(hz.publication?.axes.map((a) => a.axis)).toEqual(grid.axes.map((a) => a.id));
    expect(hz.publication?.conformity).toBe("conforme");
    expect(hz.freshness).toEqual({ stale: false, reasons: [] });
    expect(rows.find((r) => r.id === declared)).toMatchObject({ editor: "Société Exemple", url: "https://agenda.exemple.fr", publication: null });
  });

  it("records decisions as new rows, each with its audit event, and keeps the history", async () => {
    const r1 = await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: horizon, decision: "a-surveiller", comment: "À revoir « après » la rentrée", publicationNumber: 1 }) });
    const r2 = await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: horizon, decision: "conforme", publicationNumber: 1 }) });
    const r3 = await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: declared, decision: "en-attente", comment: "Demande envoyée à l'éditeur", publicationNumber: null }) });
    expect([r1.ok, r2.ok, r3.ok]).toEqual([true, true, true]);
    const history = await reviewHistory(db.db, TILLEULS, { schoolServiceId: horizon });
    expect(history.map((h) => [h.decision, h.comment, h.publicationNumber, h.gridVersion, h.decidedByName])).toEqual([
      ["conforme", "", 1, grid.version, "Sophie Lambert (démo)"],
      ["a-surveiller", "À revoir « après » la rentrée", 1, grid.version, "Sophie Lambert (démo)"],
    ]);
    const events = await db.db.select().from(auditEvents).where(and(eq(auditEvents.action, "school.review"), eq(auditEvents.subjectId, horizon)));
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.uai === TILLEULS && e.organisationId === null)).toBe(true);
    const overview = await schoolOverview(db.db, TILLEULS, opts);
    expect(overview.find((r) => r.id === horizon)?.review?.decision).toBe("conforme");
  });

  it("checks the publication reviewed: it must exist, and a declared service has none", async () => {
    expect(await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: manuels, decision: "conforme", publicationNumber: 9 }) })).toMatchObject({ ok: false, status: 400 });
    expect(await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: manuels, decision: "conforme", publicationNumber: null }) })).toMatchObject({ ok: false, status: 400 });
    expect(await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: declared, decision: "conforme", publicationNumber: 1 }) })).toMatchObject({ ok: false, status: 400 });
  });

  it("the decision schema refuses an unknown decision, a past date, an impossible date, a long comment", () => {
    const base = { schoolServiceId: "x", decision: "conforme", comment: "", nextReviewOn: "", publicationNumber: 1 };
    expect(reviewInputSchema.safeParse({ ...base, decision: "peut-etre" }).error?.issues[0].message).toBe("Choisissez une décision.");
    expect(reviewInputSchema.safeParse({ ...base, nextReviewOn: "2020-01-01" }).error?.issues[0].message).toBe("La date de la prochaine revue ne peut pas être passée.");
    expect(reviewInputSchema.safeParse({ ...base, nextReviewOn: "2031-02-30" }).error?.issues[0].message).toBe("Indiquez une date valide au format jj/mm/aaaa.");
    expect(reviewInputSchema.safeParse({ ...base, comment: "x".repeat(2001) }).error?.issues[0].message).toMatch(/trop long/);
    expect(reviewInputSchema.safeParse({ ...base, nextReviewOn: todayInFrance() }).success).toBe(true);
  });

  it("shows « nouvelle publication depuis votre revue » when the editor publishes again", async () => {
    const service = (await getService(db.db, "demo-svc-vie-scolaire"))!;
    const republished = await publish(db.db, { service, grid, userId: "demo-user-editeur-cartable" });
    expect(republished.ok).toBe(true);
    const hz = await schoolServiceView(db.db, TILLEULS, horizon, opts);
    expect(hz?.publication?.number).toBe(2);
    expect(hz?.newPublicationSinceReview).toBe(true);
    expect(attentionPoints(await schoolOverview(db.db, TILLEULS, opts)).counts["nouvelle-publication"]).toBe(1);
    await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: horizon, decision: "conforme", publicationNumber: 2 }) });
    expect((await schoolServiceView(db.db, TILLEULS, horizon, opts))?.newPublicationSinceReview).toBe(false);
  });

  it("warns when a publication is older than 12 months or than the current grid version", async () => {
    const later = new Date(Date.now() + 400 * 24 * 3600 * 1000);
    const stale = await schoolServiceView(db.db, TILLEULS, manuels, { ...opts, now: later });
    expect(stale?.freshness.stale).toBe(true);
    expect(stale?.freshness.reasons[0]).toMatch(/^publication de plus de 12 mois/);
    const newerGrid = await schoolServiceView(db.db, TILLEULS, manuels, { currentGridVersion: "2099.1" });
    expect(newerGrid?.freshness.reasons).toEqual([`positionnement sur la grille ${grid.version}, la grille en vigueur est la 2099.1`]);
  });

  it("summarises decisions and unpositioned services, filters the table and writes the CSV", async () => {
    const rows = await schoolOverview(db.db, TILLEULS, opts);
    expect(summarize(rows)).toEqual({
      total: 3,
      decisions: { conforme: 1, "a-surveiller": 0, "non-conforme": 0, "en-attente": 1, "sans-decision": 1 },
      notPositioned: 1,
    });
    expect(filterSchoolServices(rows, { decision: "sans-decision" }).map((r) => r.name)).toEqual(["Manuels interactifs Lumière"]);
    expect(filterSchoolServices(rows, { conformite: "non-positionne" }).map((r) => r.name)).toEqual(["Agenda partagé"]);
    expect(filterSchoolServices(rows, { q: "lumiere" }).map((r) => r.name)).toEqual(["Manuels interactifs Lumière"]);
    const csv = schoolServicesCsv(rows, grid.axes, "https://exemple.fr");
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0].split(";")[0]).toBe("Service");
    expect(lines[1]).toMatch(/^Agenda partagé;Société Exemple;;Non positionné par l'éditeur;/);
    expect(lines[3]).toContain("https://exemple.fr/services/demo-svc-vie-scolaire");
  });

  it("keeps one school's list and decisions away from another school", async () => {
    expect(await schoolOverview(db.db, VERCORS, opts)).toEqual([]);
    expect(await reviewHistory(db.db, VERCORS)).toEqual([]);
    expect(await schoolServiceView(db.db, VERCORS, horizon, opts)).toBeNull();
    // Another school's head cannot act on a row of the Tilleuls school through its id.
    expect(await recordReview(db.db, { uai: VERCORS, userId: CHEF_V, review: review({ schoolServiceId: horizon, decision: "non-conforme", publicationNumber: 2 }) })).toMatchObject({ ok: false, status: 404 });
    expect(await removeService(db.db, { uai: VERCORS, schoolServiceId: horizon, userId: CHEF_V })).toMatchObject({ ok: false, status: 404 });
    expect((await db.db.select().from(reviews).where(eq(reviews.uai, VERCORS))).length).toBe(0);
  });

  it("tells editors how many schools use a service, nothing else; their audit trail shows no school event", async () => {
    await addPublishedService(db.db, { uai: VERCORS, serviceId: "demo-svc-vie-scolaire", userId: CHEF_V });
    expect(await countSchoolsUsingService(db.db, "demo-svc-vie-scolaire")).toBe(2);
    expect(await countSchoolsUsingService(db.db, "demo-svc-messagerie")).toBe(0);
    expect(await countSchoolsByService(db.db, "demo-org-cartable")).toEqual(new Map([["demo-svc-vie-scolaire", 2]]));
    const orgEvents = await db.db.select().from(auditEvents).where(eq(auditEvents.organisationId, "demo-org-cartable"));
    expect(orgEvents.filter((e) => e.action.startsWith("school."))).toEqual([]);
  });

  it("removes a service from the list, keeps its history, and puts it back with that history", async () => {
    expect(await removeService(db.db, { uai: TILLEULS, schoolServiceId: horizon, userId: CHEF_T })).toEqual({ ok: true });
    expect((await schoolOverview(db.db, TILLEULS, opts)).map((r) => r.id)).not.toContain(horizon);
    expect(await countSchoolsUsingService(db.db, "demo-svc-vie-scolaire")).toBe(1);
    expect(await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: horizon, decision: "conforme", publicationNumber: 2 }) })).toMatchObject({ ok: false, status: 404 });
    const back = await addPublishedService(db.db, { uai: TILLEULS, serviceId: "demo-svc-vie-scolaire", userId: CHEF_T });
    expect(back).toMatchObject({ ok: true, schoolServiceId: horizon });
    expect((await reviewHistory(db.db, TILLEULS, { schoolServiceId: horizon })).length).toBe(3);
  });

  it("does not record the same decision twice in a row, even when the requests arrive together", async () => {
    const rowsOf = async (id: string) => (await db.db.select({ n: count() }).from(reviews).where(eq(reviews.schoolServiceId, id)))[0].n;
    const eventsOf = async (id: string) => (await db.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, "school.review"), eq(auditEvents.subjectId, id))))[0].n;
    // The declared service's decision in force: « en attente », « Demande envoyée à l'éditeur ».
    const [inForce] = await reviewHistory(db.db, TILLEULS, { schoolServiceId: declared });
    const [rows0, events0] = [await rowsOf(declared), await eventsOf(declared)];
    const again = await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: declared, decision: "en-attente", comment: "  Demande envoyée à l'éditeur ", publicationNumber: null }) });
    expect(again).toEqual({ ok: true, reviewId: inForce.id, unchanged: true });
    expect([await rowsOf(declared), await eventsOf(declared)]).toEqual([rows0, events0]);
    expect(REVIEW_UNCHANGED_MESSAGE).toMatch(/^Décision déjà enregistrée/);

    // Any change of content is a new decision: the comment emptied, then a date of next review.
    const emptied = await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: declared, decision: "en-attente", comment: "", publicationNumber: null }) });
    expect(emptied).toMatchObject({ ok: true, unchanged: false });
    const dated = await recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: declared, decision: "en-attente", nextReviewOn: "2099-01-15", publicationNumber: null }) });
    expect(dated).toMatchObject({ ok: true, unchanged: false });
    expect(await rowsOf(declared)).toBe(rows0 + 2);
    expect(await eventsOf(declared)).toBe(events0 + 2);
    const latest = (await schoolServiceView(db.db, TILLEULS, declared, opts))?.review;
    expect([latest?.decision, latest?.comment, latest?.nextReviewOn]).toEqual(["en-attente", "", "2099-01-15"]);

    // Five identical requests at once (a double click, two tabs): one decision is written. On
    // PostgreSQL, open the pool's connections first so that the five transactions really overlap.
    await Promise.all(Array.from({ length: 5 }, () => db.db.execute(sql`select pg_sleep(0.05)`)));
    const before = await rowsOf(manuels);
    const same = () => recordReview(db.db, { uai: TILLEULS, userId: CHEF_T, review: review({ schoolServiceId: manuels, decision: "a-surveiller", comment: "Hébergement à vérifier", publicationNumber: 1 }) });
    const results = await Promise.all([same(), same(), same(), same(), same()]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.unchanged)).toHaveLength(1);
    expect(await rowsOf(manuels)).toBe(before + 1);
    expect(await eventsOf(manuels)).toBe(1);
  });
});
