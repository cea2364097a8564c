/**
 * The kernel's executor on procedures declared here (no database: they only echo what they get):
 * bad input of any shape is a 400 with a French message and never an exception, a missing resource
 * is answered as another tenant's, the policy's refusals keep their status and message, business
 * refusals keep theirs, public procedures never see who calls.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "@/db/client";
import { ANONYMOUS, type Actor } from "@/lib/authz";
import { defineAction, defineRoute, executeAction, executeRoute, refuse, WRONG_SHAPE, type ActionState, type Effects } from "@/lib/kernel";

const db = {} as Db;
const effects = {} as Effects;
const user = (id: string, extra: Partial<Extract<Actor, { kind: "user" }>> = {}): Actor => ({ kind: "user", id, email: `${id}@exemple.fr`, name: id, isAdmin: false, memberships: [], schools: [], ...extra });
const owner = user("owner", { memberships: [{ organisationId: "org-a", role: "owner" }] });
const member = user("member", { memberships: [{ organisationId: "org-a", role: "member" }] });
const stranger = user("stranger", { memberships: [{ organisationId: "org-b", role: "owner" }] });

const organisations = new Set(["org-a", "org-b"]);
const invite = defineAction({
  name: "test.invite",
  input: z.object({ organisationId: z.string().min(1, { error: "Organisation manquante." }), email: z.email({ error: "Adresse invalide." }) }),
  policy: {
    action: "organisation.members.manage",
    resource: async ({ input }) => (organisations.has(input.organisationId) ? { type: "organisation" as const, id: input.organisationId } : null),
    instead: { action: "organisation.leave", when: ({ input }) => input.email === "moi@exemple.fr", why: "for the test" },
  },
  run: async ({ actor, input }): Promise<ActionState> => ({ ok: true, message: `${actor.id} invite ${input.email}` }),
});
const call = (actor: Actor, raw: unknown, options?: { skipPolicyCheck?: boolean }) => executeAction(invite, { actor, db, effects }, raw, options);

describe("executeAction", () => {
  it("runs the procedure when the policy allows", async () => {
    expect(await call(owner, { organisationId: "org-a", email: "a@exemple.fr" })).toEqual({ ok: true, message: "owner invite a@exemple.fr" });
  });

  it("answers bad input of any shape with a 400 and French messages, never an exception", async () => {
    const form = new FormData();
    form.set("organisationId", "");
    for (const raw of [null, undefined, "texte", 42, [], [1, 2], Object.fromEntries(form), { organisationId: 3, email: {} }, new Date()]) {
      const r = await call(owner, raw);
      expect(r.ok, JSON.stringify(raw)).toBe(false);
      expect(r.status).toBe(400);
      expect(r.message).toMatch(/[a-zéèàç]{3,}/);
      expect(r.message).not.toMatch(/expected|received|Invalid/);
    }
    expect(await call(owner, null)).toEqual({ ok: false, status: 400, message: WRONG_SHAPE, fieldErrors: {} });
    expect(await call(owner, { organisationId: "", email: "pas une adresse" })).toEqual({
      ok: false,
      status: 400,
      message: "Organisation manquante.",
      fieldErrors: { organisationId: "Organisation manquante.", email: "Adresse invalide." },
    });
  });

  it("parses before anything else: bad input from an anonymous visitor is a 400, not a 401", async () => {
    expect((await call(ANONYMOUS, {})).status).toBe(400);
  });

  it("answers a resource that does not exist as another tenant's: 401 anonymous, 404 signed in", async () => {
    const missing = { organisationId: "org-z", email: "a@exemple.fr" };
    const other = { organisationId: "org-a", email: "a@exemple.fr" };
    expect(await call(ANONYMOUS, missing)).toEqual(await call(ANONYMOUS, other));
    expect((await call(ANONYMOUS, missing)).status).toBe(401);
    expect(await call(stranger, missing)).toEqual(await call(stranger, other));
    expect(await call(stranger, missing)).toEqual({ ok: false, status: 404, message: "Page ou ressource introuvable." });
  });

  it("keeps the policy's status and message", async () => {
    expect(await call(member, { organisationId: "org-a", email: "a@exemple.fr" })).toEqual({
      ok: false,
      status: 403,
      message: "Seuls les propriétaires de l'organisation peuvent gérer ses membres et ses invitations.",
    });
  });

  it("asks for the other action when its condition holds", async () => {
    expect((await call(member, { organisationId: "org-a", email: "moi@exemple.fr" })).ok).toBe(true);
    expect((await call(stranger, { organisationId: "org-a", email: "moi@exemple.fr" })).status).toBe(404);
  });

  it("skips only the policy check when a test asks (a missing resource is still refused)", async () => {
    expect((await call(stranger, { organisationId: "org-a", email: "a@exemple.fr" }, { skipPolicyCheck: true })).ok).toBe(true);
    expect((await call(stranger, { organisationId: "org-z", email: "a@exemple.fr" }, { skipPolicyCheck: true })).status).toBe(404);
  });

  it("turns business refusals into the caller's shape, and lets other errors through", async () => {
    const gone = defineAction({
      name: "test.gone",
      input: z.object({ token: z.string() }),
      policy: { action: "invitation.accept", resource: async ({ input }) => (input.token === "ok" ? { type: "invitation" as const, email: "a@exemple.fr" } : refuse(410, "Lien expiré.")) },
      run: async () => {
        throw new Error("boom");
      },
      refuse: (r) => ({ status: "error" as const, httpStatus: r.status, text: r.message }),
    });
    expect(await executeAction(gone, { actor: ANONYMOUS, db, effects }, { token: "non" })).toEqual({ status: "error", httpStatus: 410, text: "Lien expiré." });
    expect(await executeAction(gone, { actor: ANONYMOUS, db, effects }, { token: 1 })).toMatchObject({ status: "error", httpStatus: 400 });
    await expect(executeAction(gone, { actor: ANONYMOUS, db, effects }, { token: "ok" })).rejects.toThrow("boom");
  });

  it("never gives a public procedure the caller", async () => {
    const seen: string[][] = [];
    const open = defineAction({
      name: "test.open",
      input: z.unknown(),
      policy: { public: "test" },
      run: async (ctx) => {
        seen.push(Object.keys(ctx).sort());
        return { ok: true };
      },
    });
    await executeAction(open, { actor: owner, db, effects }, undefined);
    expect(seen).toEqual([["db", "effects", "input", "resource"]]);
  });
});

describe("executeRoute", () => {
  const report = defineRoute({
    name: "test.report",
    params: z.object({ uai: z.string().regex(/^\d{7}[A-Z]$/, { error: "UAI invalide." }) }),
    query: z.object({ format: z.enum(["csv", "json"], { error: "Format inconnu." }) }),
    invalidQuery: (m) => `Paramètre invalide : ${m.join(" ; ")}.`,
    policy: { action: "school.read-private", resource: async ({ input }) => (input.params.uai === "0000000X" ? null : { type: "school" as const, uai: input.params.uai }) },
    refuse: (r) => new Response(r.message, { status: r.status }),
    run: async ({ params, query }) => new Response(`${params.uai}.${query.format}`),
  });
  const head = user("head", { schools: ["0260015A"] });
  const get = async (actor: Actor, params: unknown, search = "?format=csv") => {
    const r = await executeRoute(report, { actor, db, effects }, new Request(`http://localhost/x${search}`), params);
    return [r.status, await r.text()];
  };

  it("parses the path, then the query, then asks the policy", async () => {
    expect(await get(head, { uai: "0260015A" })).toEqual([200, "0260015A.csv"]);
    expect(await get(head, { uai: "abc" })).toEqual([400, "UAI invalide."]);
    expect(await get(head, undefined)).toEqual([400, "Entrée invalide : chaîne de caractères attendu, indéfini reçu"]);
    expect(await get(head, { uai: "0260015A" }, "?format=pdf")).toEqual([400, "Paramètre invalide : Format inconnu.."]);
    expect(await get(ANONYMOUS, { uai: "0260015A" })).toEqual([401, "Connectez-vous pour accéder à cette page ou faire cette action."]);
    expect(await get(head, { uai: "0380105H" })).toEqual([404, "Page ou ressource introuvable."]);
    expect(await get(head, { uai: "0000000X" })).toEqual([404, "Page ou ressource introuvable."]);
  });
});
