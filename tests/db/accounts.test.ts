import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { and, eq } from "drizzle-orm";
import { bootstrap } from "@/lib/startup/bootstrap";
import * as s from "@/db/schema";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/demo/seed";
import {
  acceptInvitation,
  acceptInvitationWithNewAccount,
  approveClaimFromProvider,
  changeRole,
  claimSchool,
  createInvitation,
  createOrganisation,
  createPasswordAccount,
  decideClaim,
  findInvitation,
  linkProviderAccount,
  loadActor,
  removeMember,
  signInRateLimit,
  signInWithPassword,
} from "@/lib/accounts";
import { can } from "@/lib/authz";
import { targets, type TestDb } from "./targets";

describe.each(targets)("accounts on $name", (target) => {
  let db: TestDb;
  const now = new Date();
  beforeAll(async () => {
    db = await target.create();
    await bootstrap(db, { SEED_DEMO: "1" });
  });
  afterAll(async () => db?.dispose());

  it("seeds five demo accounts once, with their organisations, schools and admin flag", async () => {
    await bootstrap(db, { SEED_DEMO: "1" }); // second start: nothing duplicated
    const users = await db.db.select().from(s.users);
    expect(users.filter((u) => u.isDemo).map((u) => u.email).sort()).toEqual(demoAccounts.map((a) => a.email).sort());
    const editorA = await loadActor(db.db, "demo-user-editeur-cartable");
    const editorB = await loadActor(db.db, "demo-user-editeur-edulab");
    const headX = await loadActor(db.db, "demo-user-chef-tilleuls");
    const admin = await loadActor(db.db, "demo-user-admin");
    expect(editorA).toMatchObject({ kind: "user", memberships: [{ organisationId: "demo-org-cartable", role: "owner" }], schools: [] });
    expect(headX).toMatchObject({ kind: "user", memberships: [], schools: ["0260015A"] });
    expect(admin).toMatchObject({ kind: "user", isAdmin: true });
    // editor B cannot read A's service draft; the answer is 404
    expect(can(editorB, "service.read-draft", { type: "service", id: "demo-svc-vie-scolaire", organisationId: "demo-org-cartable" })).toMatchObject({ allowed: false, status: 404 });
    expect(can(editorA, "service.read-draft", { type: "service", id: "demo-svc-vie-scolaire", organisationId: "demo-org-cartable" })).toEqual({ allowed: true });
  });

  it("signs in with the right password only, the same answer for an unknown account, every attempt recorded", async () => {
    const ok = await signInWithPassword(db.db, { email: "Editeur.Cartable@demo.invalid", password: DEMO_PASSWORD }, "10.0.0.1");
    expect(ok).toMatchObject({ status: "ok", user: { id: "demo-user-editeur-cartable" } });
    expect(JSON.stringify(ok)).not.toContain(DEMO_PASSWORD);
    expect(await signInWithPassword(db.db, { email: "editeur.cartable@demo.invalid", password: "mauvais mot de passe" }, "10.0.0.1")).toEqual({ status: "invalid" });
    expect(await signInWithPassword(db.db, { email: "personne@demo.invalid", password: "mauvais mot de passe" }, "10.0.0.1")).toEqual({ status: "invalid" });
    const attempts = await db.db.select().from(s.loginAttempts).where(eq(s.loginAttempts.ip, "10.0.0.1"));
    expect(attempts.map((a) => a.success)).toEqual([true, false, false]);
    const events = await db.db.select().from(s.auditEvents);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["auth.sign-in", "auth.sign-in-failed"]));
    expect(JSON.stringify(events)).not.toContain("mauvais mot de passe");
  });

  it("locks an account after 5 failures for 15 minutes, even with the right password; a success before resets", async () => {
    const email = "editeur.edulab@demo.invalid";
    const t0 = new Date(now.getTime() + 3600_000);
    const at = (min: number) => new Date(t0.getTime() + min * 60_000);
    for (let i = 0; i < 4; i++) await signInWithPassword(db.db, { email, password: "faux" }, `10.1.0.${i}`, at(i));
    expect(await signInWithPassword(db.db, { email, password: DEMO_PASSWORD }, "10.1.0.9", at(4))).toMatchObject({ status: "ok" });
    for (let i = 0; i < 5; i++) await signInWithPassword(db.db, { email, password: "faux" }, `10.2.0.${i}`, at(5 + i));
    const locked = await signInWithPassword(db.db, { email, password: DEMO_PASSWORD }, "10.3.0.1", at(10));
    expect(locked).toEqual({ status: "rate-limited", retryAt: at(5 + 15) });
    expect(await signInWithPassword(db.db, { email, password: DEMO_PASSWORD }, "10.3.0.1", at(20.5))).toMatchObject({ status: "ok" });
  });

  it("limits an address trying many accounts (20 failures)", async () => {
    const t0 = new Date(now.getTime() + 7200_000);
    for (let i = 0; i < 20; i++) await signInWithPassword(db.db, { email: `inconnu${i}@exemple.fr`, password: "faux" }, "192.0.2.7", new Date(t0.getTime() + i * 1000));
    const d = await signInRateLimit(db.db, "autre@exemple.fr", "192.0.2.7", new Date(t0.getTime() + 30_000));
    expect(d.allowed).toBe(false);
    expect((await signInRateLimit(db.db, "autre@exemple.fr", "192.0.2.8", new Date(t0.getTime() + 30_000))).allowed).toBe(true);
  });

  it("creates an organisation with a valid SIREN and makes its creator owner, in one go", async () => {
    const u = await createPasswordAccount(db.db, { name: "Alice Éditrice", email: "alice@exemple.fr", password: "une phrase assez longue" });
    expect(u.ok).toBe(true);
    if (!u.ok) return;
    expect(await createOrganisation(db.db, u.userId, { name: "Société X", siren: "123456789" })).toEqual({
      ok: false,
      status: 400,
      message: "Ce numéro SIREN n'est pas valide : la clé de contrôle ne correspond pas. Vérifiez les 9 chiffres.",
    });
    const dup = await createOrganisation(db.db, u.userId, { name: "Copie", siren: "900000019" });
    expect(dup).toMatchObject({ ok: false, status: 409 });
    const org = await createOrganisation(db.db, u.userId, { name: "Société X", siren: "130 025 265" });
    expect(org.ok).toBe(true);
    const actor = await loadActor(db.db, u.userId);
    expect(actor).toMatchObject({ memberships: [{ role: "owner" }] });
    expect(await createPasswordAccount(db.db, { name: "Autre", email: "ALICE@exemple.fr", password: "une phrase assez longue" })).toMatchObject({ ok: false, status: 409 });
  });

  it("invitations are single use, expire, and are bound to the invited e-mail; the last owner cannot leave", async () => {
    const [alice] = await db.db.select().from(s.users).where(eq(s.users.email, "alice@exemple.fr"));
    const [org] = await db.db.select().from(s.organisations).where(eq(s.organisations.siren, "130025265"));
    const inv = await createInvitation(db.db, alice.id, org.id, { email: "Bob@Exemple.fr", role: "member" }, now);
    expect(inv.ok).toBe(true);
    if (!inv.ok) return;
    const stored = await db.db.select().from(s.invitations).where(eq(s.invitations.id, inv.invitationId));
    expect(JSON.stringify(stored)).not.toContain(inv.token); // only its hash is stored
    expect((await findInvitation(db.db, inv.token, now))?.state).toBe("valid");
    // someone else's account cannot consume it
    expect(await acceptInvitation(db.db, inv.token, { id: alice.id, email: "alice@exemple.fr" }, now)).toMatchObject({ ok: false, status: 410 });
    expect(await acceptInvitationWithNewAccount(db.db, inv.token, { name: "Bob", password: "court" }, now)).toMatchObject({ ok: false, status: 400 });
    const bob = await acceptInvitationWithNewAccount(db.db, inv.token, { name: "Bob Membre", password: "une phrase assez longue" }, now);
    expect(bob).toMatchObject({ ok: true, organisationId: org.id, email: "bob@exemple.fr" });
    expect(await acceptInvitationWithNewAccount(db.db, inv.token, { name: "Bob Bis", password: "une phrase assez longue" }, now)).toMatchObject({ ok: false, status: 410 });
    expect((await findInvitation(db.db, inv.token, now))?.state).toBe("used");

    const late = await createInvitation(db.db, alice.id, org.id, { email: "carole@exemple.fr", role: "owner" }, now);
    if (!late.ok) throw new Error(late.message);
    const later = new Date(now.getTime() + 8 * 24 * 3600_000);
    expect((await findInvitation(db.db, late.token, later))?.state).toBe("expired");
    expect(await acceptInvitationWithNewAccount(db.db, late.token, { name: "Carole", password: "une phrase assez longue" }, later)).toMatchObject({ ok: false, status: 410 });

    expect(await removeMember(db.db, alice.id, org.id, alice.id)).toMatchObject({ ok: false, status: 409 });
    expect(await changeRole(db.db, alice.id, org.id, alice.id, "member")).toMatchObject({ ok: false, status: 409 });
    if (!bob.ok) return;
    expect(await changeRole(db.db, alice.id, org.id, bob.userId, "owner")).toEqual({ ok: true });
    expect(await removeMember(db.db, alice.id, org.id, alice.id)).toEqual({ ok: true });
    const members = await db.db.select().from(s.memberships).where(eq(s.memberships.organisationId, org.id));
    expect(members).toMatchObject([{ userId: bob.userId, role: "owner" }]);
    const actions = (await db.db.select().from(s.auditEvents).where(eq(s.auditEvents.organisationId, org.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["organisation.create", "invitation.create", "invitation.accept", "membership.role", "membership.leave"]));
  });

  it("a head claims a school by UAI; an administrator approves; the provider's assertion approves at once", async () => {
    const u = await createPasswordAccount(db.db, { name: "Chef Grenoble", email: "chef@exemple.fr", password: "une phrase assez longue" });
    if (!u.ok) throw new Error(u.message);
    expect(await claimSchool(db.db, u.userId, { uai: "0380106A" })).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/lettre attendue est J/) });
    const claim = await claimSchool(db.db, u.userId, { uai: "0380106j", schoolName: "Lycée réel" });
    expect(claim.ok).toBe(true);
    expect(await claimSchool(db.db, u.userId, { uai: "0380106J" })).toMatchObject({ ok: false, status: 409 });
    if (!claim.ok) return;
    expect((await loadActor(db.db, u.userId)).kind === "user" && (await loadActor(db.db, u.userId))).toMatchObject({ schools: [] });
    expect(await decideClaim(db.db, "demo-user-admin", claim.claimId, "approved")).toEqual({ ok: true });
    expect(await decideClaim(db.db, "demo-user-admin", claim.claimId, "rejected")).toMatchObject({ ok: false, status: 404 });
    expect(await loadActor(db.db, u.userId)).toMatchObject({ schools: ["0380106J"] });
    const [school] = await db.db.select().from(s.schools).where(eq(s.schools.uai, "0380106J"));
    expect(school.name).toBe("Lycée réel");

    expect(await approveClaimFromProvider(db.db, u.userId, "0261088S", "oidc")).toEqual({ ok: true });
    expect(await approveClaimFromProvider(db.db, u.userId, "0261088S", "oidc")).toEqual({ ok: true });
    expect(await loadActor(db.db, u.userId)).toMatchObject({ schools: expect.arrayContaining(["0380106J", "0261088S"]) });
    const claims = await db.db.select().from(s.schoolClaims).where(and(eq(s.schoolClaims.userId, u.userId), eq(s.schoolClaims.uai, "0261088S")));
    expect(claims).toMatchObject([{ status: "approved", source: "oidc" }]);
  });

  it("linking a provider that vouches for the address removes the password of an unverified account, not of a verified one", async () => {
    const squatted = await createPasswordAccount(db.db, { name: "Quelqu'un", email: "adresse.prise@exemple.fr", password: "une phrase assez longue" });
    const verified = await createPasswordAccount(db.db, { name: "Titulaire", email: "titulaire@exemple.fr", password: "une autre phrase longue" });
    if (!squatted.ok || !verified.ok) throw new Error("comptes");
    const verifiedAt = new Date("2026-01-05T10:00:00Z");
    await db.db.update(s.users).set({ emailVerified: verifiedAt }).where(eq(s.users.id, verified.userId));

    await linkProviderAccount(db.db, squatted.userId, "oidc");
    await linkProviderAccount(db.db, verified.userId, "oidc");

    const [a] = await db.db.select().from(s.users).where(eq(s.users.id, squatted.userId));
    const [b] = await db.db.select().from(s.users).where(eq(s.users.id, verified.userId));
    expect(a.passwordHash).toBeNull();
    expect(a.emailVerified).not.toBeNull();
    expect(b.passwordHash).not.toBeNull();
    expect(b.emailVerified).toEqual(verifiedAt);
    expect(await signInWithPassword(db.db, { email: "adresse.prise@exemple.fr", password: "une phrase assez longue" }, "10.0.0.9")).toEqual({ status: "invalid" });
    const events = await db.db.select().from(s.auditEvents).where(eq(s.auditEvents.action, "account.link"));
    expect(events.map((e) => [e.subjectId, e.details])).toEqual(
      expect.arrayContaining([
        [squatted.userId, { provider: "oidc" }],
        [verified.userId, { provider: "oidc" }],
      ]),
    );
  });
});
