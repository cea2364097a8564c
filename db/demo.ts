/**
 * Demo data for the embedded default (and for PostgreSQL with SEED_DEMO=1): two editor
 * organisations with a few services, two schools. Every row carries is_demo = true and the
 * UI marks it as demonstration data. Idempotent: existing rows are left as they are, so a
 * user's changes to demo data survive a restart.
 * Accounts (two editors, two heads, one admin) are added by the accounts feature.
 */
import { count, eq } from "drizzle-orm";
import type { Db } from "./client";
import { organisations, schools, services } from "./schema";

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

export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(organisations).where(eq(organisations.isDemo, true));
    await tx.insert(organisations).values(demoOrganisations.map((o) => ({ ...o, isDemo: true }))).onConflictDoNothing();
    await tx.insert(services).values(demoServices.map((s) => ({ ...s, isDemo: true }))).onConflictDoNothing();
    await tx.insert(schools).values(demoSchools.map((s) => ({ ...s, isPublic: true, isDemo: true }))).onConflictDoNothing();
    return { created: n === 0 };
  });
}

/** True when the database holds demonstration rows (the layout shows a banner then). */
export async function hasDemoData(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(organisations).where(eq(organisations.isDemo, true));
  return n > 0;
}
