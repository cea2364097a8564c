/**
 * The authorization matrix, called for real: on the seeded demo database, every registered
 * procedure (lib/kernel/registry.ts: each server action and each route handler) is run through the
 * kernel's executor as an anonymous visitor, editor A (owner of organisation A), a member of A,
 * editor B (owner of B), head X, head Y and an administrator, on their own resources and on other
 * tenants', on resources that do not exist and with bad input. Each call must give the expected
 * outcome (ok, 400, 401, 403, 404…) and, when refused, must leave every table exactly as it was
 * (a digest of all the rows of every table, taken inside the call's transaction).
 *
 * Each call runs in a transaction that is rolled back: one seeded database per driver serves every
 * row, writes included. A registered procedure without its rows here fails the test (and the type
 * check). Then the policy check is removed from each entry in turn (the executor's test-only
 * option): each entry must have a row that goes wrong without it. Public entries are listed.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { getTableName, sql } from "drizzle-orm";
import { bootstrap } from "@/lib/startup/bootstrap";
import { rowsOf, type Db } from "@/db/client";
import { auditEvents, loginAttempts } from "@/db/schema";
import { DEMO_PASSWORD } from "@/lib/demo/seed";
import { acceptInvitation, claimSchool, createInvitation, createPasswordAccount, loadActor, signInWithPassword } from "@/lib/accounts";
import { ANONYMOUS, type Actor } from "@/lib/authz";
import { getService, loadDraft, publish, saveAnswer } from "@/lib/assessment/store";
import { createService } from "@/lib/assessment/services";
import { archiveService } from "@/lib/assessment/archive";
import { currentGrid } from "@/lib/grid/current";
import { applicableCriteria, makeProfile } from "@/lib/grid/profile";
import { addPublishedService } from "@/lib/schools/store";
import { describePolicy, executeAction, executeRoute, isPublic, type AnyDef, type Effects } from "@/lib/kernel";
import { allDefinitions, type ProcedureName } from "@/lib/kernel/registry";
import { targets, type TestDb } from "./targets";

// The PDF reports are rendered on this thread: no worker to start for a handful of small reports.
const workersBefore = process.env.REPORT_WORKERS;
process.env.REPORT_WORKERS = "0";
afterAll(() => {
  if (workersBefore === undefined) delete process.env.REPORT_WORKERS;
  else process.env.REPORT_WORKERS = workersBefore;
});

const WHO = ["anonymous", "editorA", "memberA", "editorB", "headX", "headY", "admin"] as const;
type Who = (typeof WHO)[number];
type Outcome = "ok" | 400 | 401 | 403 | 404 | 409 | 410 | 429;

const ORG_A = "demo-org-cartable";
const ORG_B = "demo-org-edulab";
const SVC_A = "demo-svc-vie-scolaire";
const SVC_A2 = "demo-svc-messagerie";
const SVC_B = "demo-svc-manuels";
const SCHOOL_X = "0260015A";
const SCHOOL_Y = "0380105H";
const NO_SCHOOL = "0999999Z"; // the shape of a UAI, no such school
const MISSING = "n-existe-pas";
const MEMBER_EMAIL = "membre.cartable@exemple.fr";
const NEWCOMER_EMAIL = "nouvelle.personne@exemple.fr";
const PASSWORD = "une phrase de passe assez longue";

/** What the seed adds to the demo data: ids the rows below refer to. */
type Fixture = {
  memberA: string;
  /** invitation of A addressed to head Y (an existing account) */
  tokenForHeadY: string;
  invitationA: string;
  /** invitation of A addressed to someone without an account */
  tokenForNewcomer: string;
  invitationB: string;
  claim: string;
  /** services in the lists of school X and Y */
  schoolServiceX: string;
  schoolServiceY: string;
  criterion: string;
  criterionVersion: number;
  /** a small service of A (few criteria, short answers), published once, then archived: its PDF reports render fast */
  smallService: string;
  /** a criterion of the small service, answered once (version 1) */
  smallCriterion: string;
};

// ---------------------------------------------------------------------------
// The rows: for each procedure, inputs and the outcome expected for each caller
// ---------------------------------------------------------------------------

type Expect = Record<Who, Outcome>;
//                     anonymous editorA  memberA  editorB  headX    headY    admin
const row = (...v: Outcome[]): Expect => Object.fromEntries(WHO.map((w, i) => [w, v[i]])) as Expect;
const all = (o: Outcome) => row(o, o, o, o, o, o, o);
const SIGNED_IN = row(401, "ok", "ok", "ok", "ok", "ok", "ok");
const ADMIN_ONLY = row(401, 403, 403, 403, 403, 403, "ok");
const MISSING_FOR_ALL = row(401, 404, 404, 404, 404, 404, 404);
const MANAGE_A = row(401, "ok", 403, 404, 404, 404, "ok");
const MANAGE_B = row(401, 404, 404, "ok", 404, 404, "ok");
const CREATE_IN_A = row(401, "ok", "ok", 404, 404, 404, 403);
const EDIT_A = row(401, "ok", "ok", 404, 404, 404, 403);
const EDIT_B = row(401, 404, 404, "ok", 404, 404, 403);
const READ_DRAFT_A = row(401, "ok", "ok", 404, 404, 404, "ok");
/** a write of A's archived service: its members are told it is archived, others learn nothing */
const ARCHIVED_A = row(401, 409, 409, 404, 404, 404, 403);
const READ_DRAFT_B = row(401, 404, 404, "ok", 404, 404, "ok");
const MANAGE_X = row(401, 404, 404, 404, "ok", 404, 403);
const MANAGE_Y = row(401, 404, 404, 404, 404, "ok", 403);
const READ_X = row(401, 404, 404, 404, "ok", 404, "ok");
const READ_Y = row(401, 404, 404, 404, 404, "ok", "ok");

type Input = (f: Fixture) => unknown;
type Case = {
  label: string;
  input: Input;
  expect: Expect;
  /** tables a refusal may change, and why (a failed sign-in is recorded for the rate limit) */
  records?: string[];
};
const c = (label: string, input: Input, expect: Expect, records?: string[]): Case => ({ label, input, expect, records });
const route = (params: Record<string, string>, query: Record<string, string> = {}) => ({ params, query });

const service = (extra: Record<string, unknown> = {}) => ({ name: "Service d'essai", description: "", url: "", category: "vie-scolaire", flags: {}, ...extra });
const answer = { level: 3, justification: "Vérifié.", evidence: [], naReason: "" };
const review = (schoolServiceId: string, uai: string) => ({ uai, schoolServiceId, decision: "conforme", comment: "", nextReviewOn: "", publicationNumber: 1 });

const cases: Record<ProcedureName, Case[]> = {
  "auth.signIn": [
    c("the right password: signed in", () => ({ email: "editeur.cartable@demo.invalid", password: DEMO_PASSWORD, next: "/mes-services" }), all("ok")),
    c("a wrong password", () => ({ email: "editeur.cartable@demo.invalid", password: "pas le bon mot de passe" }), all(401), [getTableName(loginAttempts), getTableName(auditEvents)]),
    c("no e-mail", () => ({ password: "x" }), all(400)),
  ],
  "auth.signInWithProvider": [c("no provider configured: nothing happens", () => ({ suite: "/espace" }), all("ok"))],
  "auth.signOut": [c("signs out", () => undefined, all("ok"))],
  "auth.signUp": [
    c("a new address", () => ({ name: "Nouvelle Personne", email: "compte.neuf@exemple.fr", password: PASSWORD }), all("ok")),
    c("an address already taken", () => ({ name: "Quelqu'un", email: "editeur.edulab@demo.invalid", password: PASSWORD }), all(409)),
    c("a short password", () => ({ name: "Quelqu'un", email: "court@exemple.fr", password: "court" }), all(400)),
  ],
  "organisations.create": [
    c("a valid SIREN", () => ({ name: "Éditeur d'essai", siren: "900 000 035" }), SIGNED_IN),
    c("an invalid SIREN", () => ({ name: "Éditeur d'essai", siren: "123456789" }), all(400)),
  ],
  "schools.claim": [
    c("a school to head", () => ({ uai: "0261088S" }), SIGNED_IN),
    c("an invalid UAI", () => ({ uai: "0261088A" }), all(400)),
  ],
  "admin.decideClaim": [
    c("a pending claim", (f) => ({ claimId: f.claim, decision: "approved" }), ADMIN_ONLY),
    c("a claim that does not exist", () => ({ claimId: MISSING, decision: "approved" }), row(401, 403, 403, 403, 403, 403, 404)),
    c("an unknown decision", (f) => ({ claimId: f.claim, decision: "peut-être" }), all(400)),
  ],
  "invitations.accept": [
    c("the invitation addressed to head Y", (f) => ({ token: f.tokenForHeadY }), row(401, 403, 403, 403, 403, "ok", 403)),
    c("an unknown token", () => ({ token: "x".repeat(43) }), row(401, 410, 410, 410, 410, 410, 410)),
    c("not a token", () => ({ token: "court" }), all(400)),
  ],
  "invitations.acceptWithNewAccount": [
    c("the invitation addressed to a newcomer", (f) => ({ token: f.tokenForNewcomer, name: "Nouvelle Personne", password: PASSWORD }), row("ok", 403, 403, 403, 403, 403, 403)),
    c("an unknown token", () => ({ token: "x".repeat(43), name: "Nouvelle Personne", password: PASSWORD }), all(410)),
    c("a short password", (f) => ({ token: f.tokenForNewcomer, name: "Nouvelle Personne", password: "court" }), all(400)),
  ],
  "organisations.invite": [
    c("into A", () => ({ organisationId: ORG_A, email: "invite.a@exemple.fr", role: "member" }), MANAGE_A),
    c("into B", () => ({ organisationId: ORG_B, email: "invite.b@exemple.fr", role: "member" }), MANAGE_B),
    c("into an organisation that does not exist", () => ({ organisationId: MISSING, email: "invite@exemple.fr", role: "member" }), MISSING_FOR_ALL),
    c("an unknown role", () => ({ organisationId: ORG_A, email: "invite.a@exemple.fr", role: "chef" }), all(400)),
  ],
  "organisations.revokeInvitation": [
    c("A's invitation", (f) => ({ organisationId: ORG_A, invitationId: f.invitationA }), MANAGE_A),
    c("B's invitation", (f) => ({ organisationId: ORG_B, invitationId: f.invitationB }), MANAGE_B),
    c("B's invitation through A", (f) => ({ organisationId: ORG_A, invitationId: f.invitationB }), row(401, 404, 403, 404, 404, 404, 404)),
    c("in an organisation that does not exist", (f) => ({ organisationId: MISSING, invitationId: f.invitationA }), MISSING_FOR_ALL),
    c("no invitation", () => ({ organisationId: ORG_A }), all(400)),
  ],
  "organisations.changeRole": [
    c("A's member made owner", (f) => ({ organisationId: ORG_A, userId: f.memberA, role: "owner" }), MANAGE_A),
    c("B's owner through A", () => ({ organisationId: ORG_A, userId: "demo-user-editeur-edulab", role: "member" }), row(401, 404, 403, 404, 404, 404, 404)),
    c("B's last owner made member", () => ({ organisationId: ORG_B, userId: "demo-user-editeur-edulab", role: "member" }), row(401, 404, 404, 409, 404, 404, 409)),
    c("in an organisation that does not exist", (f) => ({ organisationId: MISSING, userId: f.memberA, role: "owner" }), MISSING_FOR_ALL),
    c("an unknown role", (f) => ({ organisationId: ORG_A, userId: f.memberA, role: "chef" }), all(400)),
  ],
  "organisations.removeMember": [
    // The member leaving on their own is allowed (organisation.leave), removing them needs an owner.
    c("A's member", (f) => ({ organisationId: ORG_A, userId: f.memberA }), row(401, "ok", "ok", 404, 404, 404, "ok")),
    c("A's last owner", () => ({ organisationId: ORG_A, userId: "demo-user-editeur-cartable" }), row(401, 409, 403, 404, 404, 404, 409)),
    c("in an organisation that does not exist", (f) => ({ organisationId: MISSING, userId: f.memberA }), MISSING_FOR_ALL),
    c("no member", () => ({ organisationId: ORG_A, userId: "" }), all(400)),
  ],
  "services.create": [
    c("in A", () => ({ organisationId: ORG_A, ...service() }), CREATE_IN_A),
    c("in an organisation that does not exist", () => ({ organisationId: MISSING, ...service() }), MISSING_FOR_ALL),
    c("no name", () => ({ organisationId: ORG_A, ...service({ name: "" }) }), all(400)),
  ],
  "services.update": [
    c("A's service", () => ({ serviceId: SVC_A, ...service({ name: "Vie scolaire Horizon 2" }) }), EDIT_A),
    c("B's service", () => ({ serviceId: SVC_B, ...service({ name: "Manuels 2", category: "ressource-gar" }) }), EDIT_B),
    c("a service that does not exist", () => ({ serviceId: MISSING, ...service() }), MISSING_FOR_ALL),
    c("an unknown category", () => ({ serviceId: SVC_A, ...service({ category: "jeu" }) }), all(400)),
    c("A's archived service", (f) => ({ serviceId: f.smallService, ...service({ category: "teleservice" }) }), ARCHIVED_A),
  ],
  "services.saveAnswer": [
    c("an answer of A's service", (f) => ({ serviceId: SVC_A, criterionId: f.criterion, baseVersion: f.criterionVersion, answer }), EDIT_A),
    c("based on a stale version", (f) => ({ serviceId: SVC_A, criterionId: f.criterion, baseVersion: f.criterionVersion + 5, answer }), row(401, 409, 409, 404, 404, 404, 403)),
    c("an answer of B's service", (f) => ({ serviceId: SVC_B, criterionId: f.criterion, baseVersion: 0, answer }), row(401, 404, 404, 409, 404, 404, 403)),
    c("a service that does not exist", (f) => ({ serviceId: MISSING, criterionId: f.criterion, baseVersion: 0, answer }), MISSING_FOR_ALL),
    c("a level out of the scale", (f) => ({ serviceId: SVC_A, criterionId: f.criterion, baseVersion: f.criterionVersion, answer: { ...answer, level: 7 } }), all(400)),
    c("an answer of A's archived service", (f) => ({ serviceId: f.smallService, criterionId: f.smallCriterion, baseVersion: 1, answer: { ...answer, level: 4 } }), ARCHIVED_A),
  ],
  "services.publish": [
    c("A's service", () => ({ serviceId: SVC_A }), EDIT_A),
    c("B's service", () => ({ serviceId: SVC_B }), EDIT_B),
    c("a service that does not exist", () => ({ serviceId: MISSING }), MISSING_FOR_ALL),
    c("no service", () => ({}), all(400)),
    c("A's archived service", (f) => ({ serviceId: f.smallService }), ARCHIVED_A),
  ],
  "services.revert": [
    c("A's service", () => ({ serviceId: SVC_A2 }), EDIT_A),
    c("B's service", () => ({ serviceId: SVC_B }), EDIT_B),
    c("a service that does not exist", () => ({ serviceId: MISSING }), MISSING_FOR_ALL),
    c("not an id", () => ({ serviceId: 12 }), all(400)),
    c("A's archived service", (f) => ({ serviceId: f.smallService }), ARCHIVED_A),
  ],
  "services.archive": [
    c("A's service", () => ({ serviceId: SVC_A }), EDIT_A),
    c("B's service", () => ({ serviceId: SVC_B }), EDIT_B),
    c("A's service, already archived", (f) => ({ serviceId: f.smallService }), ARCHIVED_A),
    c("a service that does not exist", () => ({ serviceId: MISSING }), MISSING_FOR_ALL),
    c("no service", () => ({}), all(400)),
  ],
  "services.restore": [
    c("A's archived service", (f) => ({ serviceId: f.smallService }), EDIT_A),
    c("B's service, not archived", () => ({ serviceId: SVC_B }), row(401, 404, 404, 409, 404, 404, 403)),
    c("a service that does not exist", () => ({ serviceId: MISSING }), MISSING_FOR_ALL),
    c("not an id", () => ({ serviceId: ["demo-svc-manuels"] }), all(400)),
  ],
  "schools.addService": [
    c("to school X", () => ({ uai: SCHOOL_X, serviceId: SVC_B }), MANAGE_X),
    c("to school Y", () => ({ uai: SCHOOL_Y, serviceId: SVC_A }), MANAGE_Y),
    c("to a school that does not exist", () => ({ uai: NO_SCHOOL, serviceId: SVC_A }), MISSING_FOR_ALL),
    c("not a UAI", () => ({ uai: "0260015", serviceId: SVC_A }), all(400)),
    c("an archived service to school X", (f) => ({ uai: SCHOOL_X, serviceId: f.smallService }), row(401, 404, 404, 404, 409, 404, 403)),
  ],
  "schools.declareService": [
    c("in school X", () => ({ uai: SCHOOL_X, name: "Agenda partagé", editor: "Société Exemple", url: "" }), MANAGE_X),
    c("in school Y", () => ({ uai: SCHOOL_Y, name: "Agenda partagé", editor: "Société Exemple", url: "" }), MANAGE_Y),
    c("in a school that does not exist", () => ({ uai: NO_SCHOOL, name: "Agenda partagé", editor: "Société Exemple", url: "" }), MISSING_FOR_ALL),
    c("no editor", () => ({ uai: SCHOOL_X, name: "Agenda partagé", editor: "", url: "" }), all(400)),
  ],
  "schools.removeService": [
    c("from school X", (f) => ({ uai: SCHOOL_X, schoolServiceId: f.schoolServiceX }), MANAGE_X),
    c("Y's service through X", (f) => ({ uai: SCHOOL_X, schoolServiceId: f.schoolServiceY }), row(401, 404, 404, 404, 404, 404, 403)),
    c("from a school that does not exist", (f) => ({ uai: NO_SCHOOL, schoolServiceId: f.schoolServiceX }), MISSING_FOR_ALL),
    c("no service", () => ({ uai: SCHOOL_X }), all(400)),
  ],
  "schools.recordReview": [
    c("in school X", (f) => review(f.schoolServiceX, SCHOOL_X), MANAGE_X),
    c("in school Y", (f) => review(f.schoolServiceY, SCHOOL_Y), MANAGE_Y),
    c("Y's service through X", (f) => review(f.schoolServiceY, SCHOOL_X), row(401, 404, 404, 404, 404, 404, 403)),
    c("in a school that does not exist", (f) => review(f.schoolServiceX, NO_SCHOOL), MISSING_FOR_ALL),
    c("an unknown decision", (f) => ({ ...review(f.schoolServiceX, SCHOOL_X), decision: "bof" }), all(400)),
  ],
  "grid.export": [
    c("the current grid", () => route({}, { format: "csv" }), all("ok")),
    c("a version that does not exist", () => route({}, { format: "json", version: "1999.1" }), all(404)),
    c("an unknown format", () => route({}, { format: "pdf" }), all(400)),
  ],
  "services.publicationExport": [
    c("A's latest publication", () => route({ id: SVC_A }, { format: "json" }), all("ok")),
    c("a publication that does not exist", () => route({ id: SVC_A }, { format: "csv", publication: "99" }), all(404)),
    c("a publication of an archived service", (f) => route({ id: f.smallService }, { format: "json", publication: "1" }), all("ok")),
    c("a service that does not exist", () => route({ id: MISSING }, { format: "csv" }), all(404)),
    c("an unknown format", () => route({ id: SVC_A }, { format: "xml" }), all(400)),
  ],
  "services.latestReport": [
    c("A's latest publication (service archived)", (f) => route({ id: f.smallService }), all("ok")),
    c("a service that does not exist", () => route({ id: MISSING }), all(404)),
    c("not an id", () => route({ id: "id avec espaces" }), all(400)),
  ],
  "services.publicationReport": [
    c("A's publication 1 (service archived)", (f) => route({ id: f.smallService, number: "1" }), all("ok")),
    c("a publication that does not exist", () => route({ id: SVC_A, number: "7" }), all(404)),
    c("not a number", () => route({ id: SVC_A, number: "abc" }), all(400)),
  ],
  "territories.export": [
    c("the table", () => route({}, { separateur: "virgule" }), all("ok")),
    c("an unknown separator", () => route({}, { separateur: "tab" }), all(400)),
  ],
  "territories.map": [c("the shapes", () => route({}, { v: "1" }), all("ok"))],
  "services.draftExport": [
    c("A's draft", () => route({ id: SVC_A }, { format: "csv" }), READ_DRAFT_A),
    c("B's draft", () => route({ id: SVC_B }, { format: "json" }), READ_DRAFT_B),
    c("A's archived draft", (f) => route({ id: f.smallService }, { format: "json" }), READ_DRAFT_A),
    c("a service that does not exist", () => route({ id: MISSING }, { format: "csv" }), MISSING_FOR_ALL),
    c("an unknown format", () => route({ id: SVC_A }, { format: "pdf" }), all(400)),
  ],
  "services.draftReport": [
    c("A's draft (service archived)", (f) => route({ id: f.smallService }), READ_DRAFT_A),
    c("a service that does not exist", () => route({ id: MISSING }), MISSING_FOR_ALL),
    c("not an id", () => route({ id: "a/b" }), all(400)),
  ],
  "schools.export": [
    c("school X", () => route({ uai: SCHOOL_X }, { decision: "", q: "" }), READ_X),
    c("school Y", () => route({ uai: SCHOOL_Y }), READ_Y),
    c("a school that does not exist", () => route({ uai: NO_SCHOOL }), MISSING_FOR_ALL),
    c("not a UAI: no such page", () => route({ uai: "abc" }), all(404)),
    c("an unknown filter", () => route({ uai: SCHOOL_X }, { decision: "bof" }), all(400)),
  ],
  "schools.report": [
    c("school X", () => route({ uai: SCHOOL_X }), READ_X),
    c("a school that does not exist", () => route({ uai: NO_SCHOOL }), MISSING_FOR_ALL),
    c("not a UAI: no such page", () => route({ uai: "abc" }), all(404)),
  ],
};

// ---------------------------------------------------------------------------
// Calling a procedure as the server does, inside a transaction rolled back at the end
// ---------------------------------------------------------------------------

/** Thrown by the test's effects where Next.js redirects: the procedure succeeded. */
class Redirected extends Error {
  constructor(readonly to: string) {
    super(`redirection vers ${to}`);
  }
}
const ROLLBACK = new Error("rollback");
const IP = "192.0.2.10";

/** The effects of app/_kernel, without Next.js: sign-in checks the password as Auth.js's Credentials provider does (auth.ts). */
const testEffects = (db: Db): Effects => ({
  revalidate: () => {},
  redirect: (path) => {
    throw new Redirected(path);
  },
  after: () => {},
  async signInWithPassword(credentials, redirectTo) {
    const r = await signInWithPassword(db, credentials, IP);
    if (r.status === "ok") throw new Redirected(redirectTo);
    return "refused";
  },
  signInWithProvider: async (redirectTo) => {
    throw new Redirected(redirectTo);
  },
  signOut: async (redirectTo) => {
    throw new Redirected(redirectTo);
  },
  clientAddress: async () => IP,
});

function outcomeOf(result: unknown): Outcome | string {
  if (result === undefined) return "ok";
  if (result instanceof Response) return result.ok ? "ok" : (result.status as Outcome);
  const r = result as { ok?: boolean; status?: unknown; httpStatus?: number };
  if (typeof r.ok === "boolean") return r.ok ? "ok" : (r.status as Outcome);
  if (r.status === "saved") return "ok";
  if (r.status === "conflict") return 409;
  if (r.status === "error") return r.httpStatus as Outcome;
  return `réponse inattendue : ${JSON.stringify(result).slice(0, 200)}`;
}

type Attempt = { outcome: Outcome | string; changed: string[] };

describe.each(targets)("every procedure, as every kind of user, on $name", (target) => {
  let handle: TestDb;
  let fixture: Fixture;
  let actors: Record<Who, Actor>;
  let digestQuery: ReturnType<typeof sql.raw>;
  let baseline: Map<string, string>;

  /** md5 of every row of every table, per table: one query. */
  async function digest(db: Db): Promise<Map<string, string>> {
    return new Map(rowsOf<{ t: string; h: string }>(await db.execute(digestQuery)).map((r) => [r.t, r.h]));
  }

  /**
   * Whether the call's transaction may have changed a row: PostgreSQL gives a transaction an id at its
   * first write (or row lock), its savepoints included; without one, no row changed and the digest
   * is not needed. With one, every table is compared with the baseline.
   */
  async function wroteSomething(db: Db): Promise<boolean> {
    const [r] = rowsOf<{ x: string | null }>(await db.execute(sql`select txid_current_if_assigned()::text as x`));
    return r.x !== null;
  }

  async function attempt(def: AnyDef, who: Who, input: unknown, options: { skipPolicyCheck?: boolean; checkDigest: boolean }): Promise<Attempt> {
    let result: Attempt = { outcome: "pas d'appel", changed: [] };
    await handle.db
      .transaction(async (tx) => {
        const db = tx as unknown as Db;
        const call = { actor: actors[who], db, effects: testEffects(db) };
        let outcome: Outcome | string;
        try {
          if (def.kind === "action") outcome = outcomeOf(await executeAction(def, call, input, options));
          else {
            const { params, query } = input as { params: Record<string, string>; query: Record<string, string> };
            const request = new Request(`http://127.0.0.1:3000/essai?${new URLSearchParams(query)}`);
            outcome = outcomeOf(await executeRoute(def, call, request, params, options));
          }
        } catch (e) {
          outcome = e instanceof Redirected ? "ok" : `exception : ${(e as Error).message.slice(0, 200)}`;
        }
        let changed: string[] = [];
        if (options.checkDigest && outcome !== "ok" && (await wroteSomething(db))) {
          const after = await digest(db);
          changed = [...baseline.keys()].filter((t) => after.get(t) !== baseline.get(t));
        }
        result = { outcome, changed };
        throw ROLLBACK;
      })
      .catch((e) => {
        if (e !== ROLLBACK) throw e;
      });
    return result;
  }

  beforeAll(async () => {
    handle = await target.create();
    await bootstrap(handle, { SEED_DEMO: "1" });
    const db = handle.db;
    // A member (not owner) of A, through an invitation as in the product.
    const member = await createPasswordAccount(db, { name: "Membre Cartable", email: MEMBER_EMAIL, password: PASSWORD });
    if (!member.ok) throw new Error(member.message);
    const join = await createInvitation(db, "demo-user-editeur-cartable", ORG_A, { email: MEMBER_EMAIL, role: "member" });
    if (!join.ok) throw new Error(join.message);
    await acceptInvitation(db, join.token, { id: member.userId, email: MEMBER_EMAIL });
    const forHeadY = await createInvitation(db, "demo-user-editeur-cartable", ORG_A, { email: "chef.vercors@demo.invalid", role: "member" });
    const forNewcomer = await createInvitation(db, "demo-user-editeur-cartable", ORG_A, { email: NEWCOMER_EMAIL, role: "member" });
    const ofB = await createInvitation(db, "demo-user-editeur-edulab", ORG_B, { email: "invite.b@exemple.fr", role: "member" });
    const claim = await claimSchool(db, member.userId, { uai: SCHOOL_Y });
    const inX = await addPublishedService(db, { uai: SCHOOL_X, serviceId: SVC_A, userId: "demo-user-chef-tilleuls" });
    const inY = await addPublishedService(db, { uai: SCHOOL_Y, serviceId: SVC_B, userId: "demo-user-chef-vercors" });
    if (!forHeadY.ok || !forNewcomer.ok || !ofB.ok || !claim.ok || !inX.ok || !inY.ok) throw new Error("seed");
    const [[criterion, stored]] = [...(await loadDraft(db, SVC_A, currentGrid().version)).answers];
    const grid = currentGrid();
    const small = { name: "Formulaire en ligne (essai)", description: "", url: "", category: "teleservice" as const, flags: {} as never };
    const smallService = await createService(db, { organisationId: ORG_A, userId: "demo-user-editeur-cartable", service: small, gridVersion: grid.version });
    const smallRecord = (await getService(db, smallService))!;
    for (const k of applicableCriteria(grid, makeProfile("teleservice", []))) {
      await saveAnswer(db, { service: smallRecord, grid, criterionId: k.id, baseVersion: 0, answer: { level: 3, justification: "Conforme.", evidence: [], naReason: "" }, userId: "demo-user-editeur-cartable" });
    }
    const published = await publish(db, { service: smallRecord, grid, userId: "demo-user-editeur-cartable" });
    if (!published.ok) throw new Error(published.message);
    const archived = await archiveService(db, { service: smallRecord, userId: "demo-user-editeur-cartable" });
    if (!archived.ok) throw new Error(archived.message);
    fixture = {
      memberA: member.userId,
      tokenForHeadY: forHeadY.token,
      invitationA: forHeadY.invitationId,
      tokenForNewcomer: forNewcomer.token,
      invitationB: ofB.invitationId,
      claim: claim.claimId,
      schoolServiceX: inX.schoolServiceId,
      schoolServiceY: inY.schoolServiceId,
      criterion,
      criterionVersion: stored.version,
      smallService,
      smallCriterion: applicableCriteria(grid, makeProfile("teleservice", []))[0].id,
    };
    actors = {
      anonymous: ANONYMOUS,
      editorA: await loadActor(db, "demo-user-editeur-cartable"),
      memberA: await loadActor(db, member.userId),
      editorB: await loadActor(db, "demo-user-editeur-edulab"),
      headX: await loadActor(db, "demo-user-chef-tilleuls"),
      headY: await loadActor(db, "demo-user-chef-vercors"),
      admin: await loadActor(db, "demo-user-admin"),
    };
    expect(actors.memberA).toMatchObject({ memberships: [{ organisationId: ORG_A, role: "member" }] });
    const tables = rowsOf<{ t: string }>(await db.execute(sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)).map((r) => r.t);
    expect(tables).toEqual(expect.arrayContaining(["user", "organisation", "service", "answer", "publication", "school_service", "review", "invitation", "audit_event"]));
    digestQuery = sql.raw(tables.map((t) => `select '${t}' as t, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as h from "${t}" r`).join(" union all "));
    baseline = await digest(db);
  });
  afterAll(async () => handle?.dispose());

  it("has rows for every registered procedure, and none for a procedure that is not registered", () => {
    expect(Object.keys(cases).sort()).toEqual(allDefinitions.map((d) => d.name).sort());
  });

  for (const def of allDefinitions) {
    it(`${def.name} (${describePolicy(def.policy)})`, async () => {
      const rows = cases[def.name as ProcedureName];
      expect(rows, `${def.name} has no row in the matrix`).toBeDefined();
      const failures: string[] = [];
      for (const k of rows) {
        for (const who of WHO) {
          const { outcome, changed } = await attempt(def, who, k.input(fixture), { checkDigest: true });
          const label = `${k.label}, as ${who}`;
          if (outcome !== k.expect[who]) failures.push(`${label}: ${outcome} instead of ${k.expect[who]}`);
          const unexpected = changed.filter((t) => !k.records?.includes(t));
          if (unexpected.length) failures.push(`${label}: refused (${outcome}) but changed ${unexpected.join(", ")}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it("goes red for each entry whose policy check is removed (public entries are listed, not checked)", async () => {
    const publicEntries: string[] = [];
    const uncaught: string[] = [];
    for (const def of allDefinitions) {
      if (isPublic(def.policy)) {
        publicEntries.push(`${def.name} — ${describePolicy(def.policy)}`);
        continue;
      }
      // Refused rows first (the first difference is enough); a row a missing check lets through shows.
      let caught = false;
      for (const k of cases[def.name as ProcedureName]) {
        for (const who of WHO) {
          const expected = k.expect[who];
          if (expected !== 401 && expected !== 403 && expected !== 404) continue;
          const { outcome } = await attempt(def, who, k.input(fixture), { skipPolicyCheck: true, checkDigest: false });
          if (outcome !== expected) caught = true;
          if (caught) break;
        }
        if (caught) break;
      }
      if (!caught) uncaught.push(def.name);
    }
    expect(uncaught, "entries whose policy check could be removed without a row going red").toEqual([]);
    expect(publicEntries).toEqual([
      "auth.signIn — public — sign-in: anyone, rate-limited per account and per address",
      "auth.signInWithProvider — public — sign-in through OpenID Connect (ProConnect): anyone",
      "auth.signOut — public — sign-out of one's own session (an anonymous visitor has nothing to sign out of)",
      "auth.signUp — public — account creation: anyone; the new account has no rights",
      "grid.export — public — the grid is public",
      "services.publicationExport — public — publications are public; drafts never come out of this route",
      "services.latestReport — public — the report of the latest publication is public",
      "services.publicationReport — public — every publication's report stays public",
      "territories.export — public — the territorial context is public (the ministry's published figures)",
      "territories.map — public — the map's shapes (open data, CC-BY-4.0)",
    ]);
  });
});
