import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { count, eq } from "drizzle-orm";
import { bootstrap } from "@/lib/startup/bootstrap";
import { checkConnection, openDb } from "@/db/client";
import { hasDemoData } from "@/lib/demo/seed";
import * as s from "@/db/schema";
import { publications } from "@/db/assessment-schema";
import type { PublicationSnapshot } from "@/lib/assessment/snapshot";
import { targets, type TestDb } from "./targets";

describe.each(targets)("start-up sequence on $name", (target) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await target.create();
  });
  afterAll(async () => db?.dispose());

  it("without demo data when SEED_DEMO=0", async () => {
    const report = await bootstrap(db, { SEED_DEMO: "0" });
    expect(report.demo).toBe(false);
    expect(await hasDemoData(db.db)).toBe(false);
    const [{ n }] = await db.db.select({ n: count() }).from(s.departements);
    expect(n).toBe(105);
  });

  it("seeds the demo organisations, services and schools once, keeping later changes", async () => {
    await bootstrap(db, { SEED_DEMO: "1" });
    expect(await hasDemoData(db.db)).toBe(true);
    await db.db.update(s.services).set({ name: "Vie scolaire Horizon 2" }).where(eq(s.services.id, "demo-svc-vie-scolaire"));
    const second = await bootstrap(db, { SEED_DEMO: "1" });
    expect(second.referenceSkipped).toBe(true);
    const orgs = await db.db.select().from(s.organisations);
    expect(orgs).toHaveLength(2);
    expect(orgs.every((o) => o.isDemo)).toBe(true);
    const [svc] = await db.db.select().from(s.services).where(eq(s.services.id, "demo-svc-vie-scolaire"));
    expect(svc.name).toBe("Vie scolaire Horizon 2");
    const schools = await db.db.select().from(s.schools);
    expect(schools.map((x) => x.uai).sort()).toEqual(["0260015A", "0380105H"]);

    // Each demo service is positioned and published once, whatever the number of restarts.
    const pubs = await db.db.select().from(publications);
    expect(pubs.map((p) => [p.serviceId, p.number]).sort()).toEqual([
      ["demo-svc-manuels", 1],
      ["demo-svc-messagerie", 1],
      ["demo-svc-vie-scolaire", 1],
    ]);
    const status = Object.fromEntries(pubs.map((p) => [p.serviceId, (p.snapshot as PublicationSnapshot).score.conformity.status]));
    expect(status).toEqual({ "demo-svc-manuels": "conforme", "demo-svc-messagerie": "non-conforme", "demo-svc-vie-scolaire": "conforme" });
  });
});

describe("connection problems", () => {
  it("an unreachable PostgreSQL gives one clear line naming the problem", async () => {
    const handle = openDb({ kind: "postgres", url: "postgres://postgres@127.0.0.1:1/absente", display: "postgres://postgres@127.0.0.1:1/absente" });
    try {
      await expect(checkConnection(handle)).rejects.toThrow(/^Base de données injoignable \(postgres:\/\/postgres@127\.0\.0\.1:1\/absente\) : connexion refusée/);
    } finally {
      await handle.close();
    }
  });
});
