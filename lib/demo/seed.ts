/**
 * Demo data for the embedded default (and for PostgreSQL with SEED_DEMO=1): two editor
 * organisations with a few services, two schools. Every row carries is_demo = true and the
 * UI marks it as demonstration data. Idempotent: existing rows are left as they are, so a
 * user's changes to demo data survive a restart.
 * Accounts: two editors (owners of the two organisations), two heads (one per school), one
 * administrator, all with the password DEMO_PASSWORD (listed in README.md). An account that
 * already exists is left as it is (its password is not reset).
 */
import { count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, schoolHeads, schools, services, users } from "@/db/schema";
import { hashPassword } from "../auth/password";

export const demoOrganisations = [
  { id: "demo-org-cartable", name: "Cartable Ouvert (démo)", siren: "900000019" },
  { id: "demo-org-edulab", name: "ÉduLab Services (démo)", siren: "900000027" },
] as const;

export const demoServices = [
  {
    id: "demo-svc-vie-scolaire",
    organisationId: "demo-org-cartable",
    name: "Vie scolaire Horizon",
    description: "Cahier de textes, absences et notes pour les collèges et lycées.",
    url: "https://exemple.invalid/horizon",
    category: "vie-scolaire",
  },
  {
    id: "demo-svc-messagerie",
    organisationId: "demo-org-cartable",
    name: "Messagerie Classe",
    description: "Messagerie entre familles et équipes éducatives.",
    url: "https://exemple.invalid/messagerie",
    category: "communication",
  },
  {
    id: "demo-svc-manuels",
    organisationId: "demo-org-edulab",
    name: "Manuels interactifs Lumière",
    description: "Ressource numérique pour l'élève distribuée par le GAR.",
    url: "https://exemple.invalid/lumiere",
    category: "ressource-gar",
  },
] as const;

/** Real UAIs (seed 004) with fictional names: the names say they are demonstration schools. */
export const demoSchools = [
  { uai: "0260015A", name: "Collège de démonstration des Tilleuls", kind: "Collège", communeName: "Valence", departementCode: "26" },
  { uai: "0380105H", name: "Lycée de démonstration du Vercors", kind: "Lycée", communeName: "Grenoble", departementCode: "38" },
] as const;

/** The password of every demo account (public: it is in the README). */
export const DEMO_PASSWORD = "demonstration-2026";

export const demoAccounts = [
  { id: "demo-user-editeur-cartable", name: "Camille Martin (démo)", email: "editeur.cartable@demo.invalid", organisationId: "demo-org-cartable", uai: null, isAdmin: false },
  { id: "demo-user-editeur-edulab", name: "Karim Benali (démo)", email: "editeur.edulab@demo.invalid", organisationId: "demo-org-edulab", uai: null, isAdmin: false },
  { id: "demo-user-chef-tilleuls", name: "Sophie Lambert (démo)", email: "chef.tilleuls@demo.invalid", organisationId: null, uai: "0260015A", isAdmin: false },
  { id: "demo-user-chef-vercors", name: "Julien Moreau (démo)", email: "chef.vercors@demo.invalid", organisationId: null, uai: "0380105H", isAdmin: false },
  { id: "demo-user-admin", name: "Administration (démo)", email: "admin@demo.invalid", organisationId: null, uai: null, isAdmin: true },
] as const;

export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  // Hash outside the transaction, only for the accounts still missing (argon2id takes some time).
  const existing = await db.select({ id: users.id }).from(users).where(inArray(users.id, demoAccounts.map((a) => a.id)));
  const missing = demoAccounts.filter((a) => !existing.some((e) => e.id === a.id));
  const hash = missing.length ? await hashPassword(DEMO_PASSWORD) : "";
  return db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(organisations).where(eq(organisations.isDemo, true));
    await tx.insert(organisations).values(demoOrganisations.map((o) => ({ ...o, isDemo: true }))).onConflictDoNothing();
    await tx.insert(services).values(demoServices.map((s) => ({ ...s, isDemo: true }))).onConflictDoNothing();
    await tx.insert(schools).values(demoSchools.map((s) => ({ ...s, isPublic: true, isDemo: true }))).onConflictDoNothing();
    if (missing.length) {
      const inserted = await tx
        .insert(users)
        .values(missing.map((a) => ({ id: a.id, name: a.name, email: a.email, passwordHash: hash, isAdmin: a.isAdmin, isDemo: true })))
        .onConflictDoNothing()
        .returning({ id: users.id });
      const created = missing.filter((a) => inserted.some((i) => i.id === a.id));
      const orgLinks = created.flatMap((a) => (a.organisationId ? [{ userId: a.id, organisationId: a.organisationId, role: "owner" }] : []));
      const headLinks = created.flatMap((a) => (a.uai ? [{ userId: a.id, uai: a.uai }] : []));
      if (orgLinks.length) await tx.insert(memberships).values(orgLinks).onConflictDoNothing();
      if (headLinks.length) await tx.insert(schoolHeads).values(headLinks).onConflictDoNothing();
    }
    return { created: n === 0 };
  });
}

/** True when the database holds demonstration rows (the layout shows a banner then). */
export async function hasDemoData(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(organisations).where(eq(organisations.isDemo, true));
  return n > 0;
}
