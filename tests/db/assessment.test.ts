import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { runMigrations } from "@/db/migrate";
import { registerGrids } from "@/lib/startup/grids";
import { organisations, services, users } from "@/db/schema";
import { currentGrid } from "@/lib/grid/current";
import { applicableCriteria, makeProfile } from "@/lib/grid/profile";
import { answerContentSchema } from "@/lib/assessment/answer";
import {
  answerHistory,
  getService,
  latestPublication,
  loadDraft,
  publicationState,
  publish,
  revertToPublication,
  saveAnswer,
  type ServiceRecord,
} from "@/lib/assessment/store";
import { filterCatalogue, latestPublications, searchCatalogue } from "@/lib/assessment/catalogue";
import { targets, type TestDb } from "./targets";

const grid = currentGrid();
const profile = makeProfile("outil-pedagogique", ["eleves", "personnels", "authentification"]);
const applicable = applicableCriteria(grid, profile);
const a = (level: 0 | 1 | 2 | 3 | 4 | "na" | null, justification = "", naReason = "") => answerContentSchema.parse({ level, justification, naReason });

describe.each(targets)("positionings on $name", (target) => {
  let db: TestDb;
  let service: ServiceRecord;
  const userA = "user-a";
  const userB = "user-b";
  beforeAll(async () => {
    db = await target.create();
    await runMigrations(db);
    await registerGrids(db.db, [grid]);
    await db.db.insert(users).values([
      { id: userA, email: "alice@exemple.fr", name: "Alice Éditrice" },
      { id: userB, email: "bruno@exemple.fr", name: "Bruno Éditeur" },
    ]);
    await db.db.insert(organisations).values({ id: "org", name: "Éditions Test", siren: "900000019" });
    await db.db.insert(services).values({ id: "svc", organisationId: "org", name: "Outil Été", category: profile.category, profile: profile.flags });
    service = (await getService(db.db, "svc"))!;
  });
  afterAll(async () => db?.dispose());

  const save = (criterionId: string, baseVersion: number, answer: ReturnType<typeof a>, userId = userA) =>
    saveAnswer(db.db, { service, grid, criterionId, baseVersion, answer, userId });

  it("saves partial answers, versioned, and reloads exactly what was saved", async () => {
    const first = applicable[0].id;
    expect(await save(first, 0, a(null, "Brouillon de justification : « déjà noté »"))).toMatchObject({ status: "saved", version: 1 });
    expect(await save(first, 1, a(2, "Brouillon de justification : « déjà noté »"))).toMatchObject({ status: "saved", version: 2 });
    const draft = await loadDraft(db.db, "svc", grid.version);
    expect(draft.gridVersion).toBe(grid.version);
    expect(draft.answers.get(first)).toMatchObject({ version: 2, content: a(2, "Brouillon de justification : « déjà noté »"), updatedByName: "Alice Éditrice" });
  });

  it("refuses a save based on a stale version and returns the other person's answer", async () => {
    const id = applicable[1].id;
    await save(id, 0, a(3, "Version d'Alice"));
    const stale = await save(id, 0, a(1, "Version de Bruno"), userB);
    expect(stale.status).toBe("conflict");
    expect(stale.status === "conflict" && stale.current).toMatchObject({ version: 1, content: a(3, "Version d'Alice"), updatedByName: "Alice Éditrice" });
    const draft = await loadDraft(db.db, "svc", grid.version);
    expect(draft.answers.get(id)?.content.justification).toBe("Version d'Alice");
  });

  it("lets exactly one of two simultaneous saves on the same version win", async () => {
    const id = applicable[2].id;
    await save(id, 0, a(1));
    const results = await Promise.all([save(id, 1, a(2, "Alice"), userA), save(id, 1, a(4, "Bruno"), userB)]);
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
    const winner = results.findIndex((r) => r.status === "saved");
    const draft = await loadDraft(db.db, "svc", grid.version);
    expect(draft.answers.get(id)?.content.justification).toBe(winner === 0 ? "Alice" : "Bruno");
    expect(draft.answers.get(id)?.version).toBe(2);
  });

  it("refuses a criterion that is not in the grid", async () => {
    expect(await save("XYZ-99", 0, a(1))).toEqual({ status: "invalid", message: `Le critère XYZ-99 n'existe pas dans la grille ${grid.version}.` });
  });

  it("publishes only when complete, then tracks changes, reverts and republishes", async () => {
    const incomplete = await publish(db.db, { service, grid, userId: userA });
    expect(incomplete.ok).toBe(false);
    expect(!incomplete.ok && "problems" in incomplete && incomplete.problems.length).toBeGreaterThan(0);

    const draft = await loadDraft(db.db, "svc", grid.version);
    for (const [i, c] of applicable.entries()) {
      const current = draft.answers.get(c.id);
      const answer = i === 3 ? a("na", "", "Pas d'application mobile") : a(3, `Justification ${c.id}`);
      await save(c.id, current?.version ?? 0, answer);
    }
    const first = await publish(db.db, { service, grid, userId: userA });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.publication.number).toBe(1);
    expect(first.publication.snapshot.applicable).toEqual(applicable.map((c) => c.id));
    expect(first.publication.snapshot.answers[applicable[3].id]).toMatchObject({ level: "na", naReason: "Pas d'application mobile" });
    expect(first.publication.snapshot.score.conformity.status).toBe("conforme");

    let current = await loadDraft(db.db, "svc", grid.version);
    let last = await latestPublication(db.db, "svc");
    expect(publicationState(grid, service, current.answers, last)).toBe("publiee");

    const edited = applicable[0].id;
    await save(edited, current.answers.get(edited)!.version, a(1, "Régression"));
    current = await loadDraft(db.db, "svc", grid.version);
    expect(publicationState(grid, service, current.answers, last)).toBe("modifiee");

    const reverted = await revertToPublication(db.db, { service, userId: userB });
    expect(reverted).toEqual({ ok: true, restored: 1 });
    current = await loadDraft(db.db, "svc", grid.version);
    expect(current.answers.get(edited)?.content).toEqual(a(3, `Justification ${edited}`));
    expect(publicationState(grid, service, current.answers, last)).toBe("publiee");

    const second = await publish(db.db, { service, grid, userId: userB });
    expect(second.ok && second.publication.number).toBe(2);
    last = await latestPublication(db.db, "svc");
    expect(last?.number).toBe(2);

    const catalogue = await latestPublications(db.db);
    expect(catalogue).toHaveLength(1);
    expect(catalogue[0]).toMatchObject({ serviceId: "svc", name: "Outil Été", organisationName: "Éditions Test", number: 2 });
    expect(catalogue[0].score.conformity).toEqual({ status: "conforme", gaps: 0 });
    expect(catalogue[0].score.axes.map((x) => x.axis)).toEqual(grid.axes.map((x) => x.id));
    expect(filterCatalogue(catalogue, { q: "outil ete" })).toHaveLength(1);
    expect(filterCatalogue(catalogue, { conformite: "non-conforme" })).toHaveLength(0);
    const page = await searchCatalogue(db.db, { q: "OUTIL été" });
    expect(page).toMatchObject({ total: 1, page: 1, pages: 1 });
    expect(page.rows[0]).toMatchObject({ serviceId: "svc", number: 2, score: { conformity: { status: "conforme", gaps: 0 } } });
    expect((await searchCatalogue(db.db, { conformite: "non-conforme" })).total).toBe(0);
    expect((await searchCatalogue(db.db, { axe: grid.axes[0].id, min: 0 })).total).toBe(1);
    expect((await searchCatalogue(db.db, { q: "100%_" })).total).toBe(0);

    const history = await answerHistory(db.db, "svc", edited);
    expect(history.map((h) => [h.who, h.after?.level])).toEqual([
      ["Bruno Éditeur", 3],
      ["Alice Éditrice", 1],
      ["Alice Éditrice", 3],
      ["Alice Éditrice", 2],
      ["Alice Éditrice", null],
    ]);
  });
});
