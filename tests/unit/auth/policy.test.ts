/**
 * The authorization matrix: every action of lib/authz, for every kind of caller, on resources of
 * organisation A and school X. A new action without its row here fails to compile and fails the test.
 */
import { describe, it, expect } from "vitest";
import { ACTIONS, ANONYMOUS, AuthorizationError, authorize, can, refusalForMissing, type Action, type Actor, type ResourceOf } from "@/lib/authz";

const user = (id: string, extra: Partial<Extract<Actor, { kind: "user" }>> = {}): Actor => ({
  kind: "user",
  id,
  email: `${id}@exemple.fr`,
  name: id,
  isAdmin: false,
  memberships: [],
  schools: [],
  ...extra,
});

const actors = {
  anonymous: ANONYMOUS,
  ownerA: user("owner-a", { memberships: [{ organisationId: "org-a", role: "owner" }] }),
  memberA: user("member-a", { memberships: [{ organisationId: "org-a", role: "member" }] }),
  ownerB: user("owner-b", { memberships: [{ organisationId: "org-b", role: "owner" }] }),
  headX: user("head-x", { schools: ["0260015A"] }),
  headY: user("head-y", { schools: ["0380105H"] }),
  admin: user("admin", { isAdmin: true }),
} satisfies Record<string, Actor>;
type Who = keyof typeof actors;

// Resources of A and X; the invitation is addressed to member-a.
const resources: { [A in Action]: ResourceOf[A] } = {
  "account.read": null,
  "organisation.create": null,
  "organisation.read": { type: "organisation", id: "org-a" },
  "organisation.members.manage": { type: "organisation", id: "org-a" },
  "organisation.leave": { type: "organisation", id: "org-a" },
  "organisation.audit.read": { type: "organisation", id: "org-a" },
  "service.read-draft": { type: "service", id: "svc-a", organisationId: "org-a" },
  "service.edit": { type: "service", id: "svc-a", organisationId: "org-a" },
  "service.create": { type: "organisation", id: "org-a" },
  "service.usage.read": { type: "service", id: "svc-a", organisationId: "org-a" },
  "school.read-private": { type: "school", uai: "0260015A" },
  "school.review": { type: "school", uai: "0260015A" },
  "school.services.manage": { type: "school", uai: "0260015A" },
  "school.claim": null,
  "invitation.accept": { type: "invitation", email: "MEMBER-A@exemple.fr" },
  "admin.claims": null,
  "admin.users": null,
  "admin.audit": null,
};

type Expected = "allow" | 401 | 403 | 404;
//                                 anonymous ownerA   memberA  ownerB  headX    headY   admin
const row = (...v: Expected[]) => Object.fromEntries((Object.keys(actors) as Who[]).map((w, i) => [w, v[i]])) as Record<Who, Expected>;
const matrix: Record<Action, Record<Who, Expected>> = {
  "account.read":                row(401, "allow", "allow", "allow", "allow", "allow", "allow"),
  "organisation.create":         row(401, "allow", "allow", "allow", "allow", "allow", "allow"),
  "organisation.read":           row(401, "allow", "allow", 404,     404,     404,     "allow"),
  "organisation.members.manage": row(401, "allow", 403,     404,     404,     404,     "allow"),
  "organisation.leave":          row(401, "allow", "allow", 404,     404,     404,     404),
  "organisation.audit.read":     row(401, "allow", "allow", 404,     404,     404,     "allow"),
  "service.read-draft":          row(401, "allow", "allow", 404,     404,     404,     "allow"),
  "service.edit":                row(401, "allow", "allow", 404,     404,     404,     403),
  "service.create":              row(401, "allow", "allow", 404,     404,     404,     403),
  "service.usage.read":          row(401, "allow", "allow", 404,     404,     404,     "allow"),
  "school.read-private":         row(401, 404,     404,     404,     "allow", 404,     "allow"),
  "school.review":               row(401, 404,     404,     404,     "allow", 404,     403),
  "school.services.manage":      row(401, 404,     404,     404,     "allow", 404,     403),
  "school.claim":                row(401, "allow", "allow", "allow", "allow", "allow", "allow"),
  "invitation.accept":           row("allow", 403, "allow", 403,     403,     403,     403),
  "admin.claims":                row(401, 403,     403,     403,     403,     403,     "allow"),
  "admin.users":                 row(401, 403,     403,     403,     403,     403,     "allow"),
  "admin.audit":                 row(401, 403,     403,     403,     403,     403,     "allow"),
};

describe("the policy matrix", () => {
  it("lists every action of lib/authz, and nothing else", () => {
    expect(Object.keys(matrix).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const who of Object.keys(actors) as Who[]) {
      const expected = matrix[action][who];
      it(`${action} by ${who}: ${expected}`, () => {
        const d = can(actors[who], action, resources[action] as never);
        if (expected === "allow") expect(d).toEqual({ allowed: true });
        else {
          expect(d.allowed).toBe(false);
          if (!d.allowed) {
            expect(d.status).toBe(expected);
            expect(d.message).toMatch(/[a-zéèà]/); // a French sentence, not a code
          }
        }
      });
    }
  }

  it("a refusal of another tenant's object looks like a missing one (same status, same message)", () => {
    const other = can(actors.ownerB, "service.read-draft", { type: "service", id: "svc-a", organisationId: "org-a" });
    const missing = can(actors.ownerB, "service.read-draft", { type: "service", id: "n-existe-pas", organisationId: "n-existe-pas" });
    expect(other).toEqual(missing);
  });

  it("a resource that does not exist gets what another tenant's resource gets, whoever asks", () => {
    for (const action of ACTIONS) {
      if (resources[action] === null) continue;
      for (const who of ["anonymous", "ownerB", "headY"] as const) {
        const refusal = refusalForMissing(actors[who], action);
        const other = can(actors[who], action, resources[action] as never);
        if (!other.allowed && other.status !== 403) expect(refusal, `${action} by ${who}`).toEqual(other);
      }
    }
    expect(refusalForMissing(actors.anonymous, "service.edit").status).toBe(401);
    expect(refusalForMissing(actors.admin, "service.edit").status).toBe(404);
    expect(refusalForMissing(actors.anonymous, "invitation.accept").status).toBe(404);
  });

  it("authorize throws the refusal with its status", () => {
    expect(() => authorize(actors.ownerB, "organisation.read", { type: "organisation", id: "org-a" })).toThrow(AuthorizationError);
    try {
      authorize(actors.memberA, "organisation.members.manage", { type: "organisation", id: "org-a" });
    } catch (e) {
      expect((e as AuthorizationError).status).toBe(403);
      expect((e as AuthorizationError).message).toBe("Seuls les propriétaires de l'organisation peuvent gérer ses membres et ses invitations.");
    }
    expect(() => authorize(actors.admin, "admin.claims", null)).not.toThrow();
  });
});

// Every server action and route handler asks this policy: see tests/unit/kernel/bindings.test.ts
// (each one is a registered procedure of lib/kernel) and tests/db/procedures-matrix.test.ts (each
// one called as every kind of user, on a seeded database).
