/**
 * Demo positionings: the demo services get a profile, answers to every applicable criterion and
 * one publication, so that the catalogue, the public pages and the heads' views have something
 * to show. Only for a demo service that has no answer yet: never touches what a user changed.
 */
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { answers, publications } from "@/db/assessment-schema";
import { services } from "@/db/schema";
import { applicableCriteria, makeProfile, type ProfileFlag, type ServiceCategory } from "../grid/profile";
import type { Grid } from "../grid/schema";
import { answerContentSchema, type AnswerContent } from "../assessment/answer";
import { getService, publish, saveAnswer } from "../assessment/store";

type Plan = { serviceId: string; userId: string; category: ServiceCategory; flags: ProfileFlag[]; /** level given to binding criteria */ binding: 2 | 3 | 4 };

export const demoPlans: Plan[] = [
  {
    serviceId: "demo-svc-vie-scolaire",
    userId: "demo-user-editeur-cartable",
    category: "vie-scolaire",
    flags: ["eleves", "responsablesLegaux", "personnels", "authentification", "donneesEleves", "notesDevoirs", "notifications", "mobile", "api"],
    binding: 3,
  },
  {
    serviceId: "demo-svc-messagerie",
    userId: "demo-user-editeur-cartable",
    category: "communication",
    flags: ["responsablesLegaux", "personnels", "authentification", "messagerie", "notifications", "mobile"],
    binding: 2,
  },
  {
    serviceId: "demo-svc-manuels",
    userId: "demo-user-editeur-edulab",
    category: "ressource-gar",
    flags: ["eleves", "personnels", "authentification", "gar", "suiviApprentissages"],
    binding: 4,
  },
];

/** A stable pseudo-random level from 1 to 4 for a recommended criterion. */
function levelFor(serviceId: string, criterionId: string): 1 | 2 | 3 | 4 {
  let h = 0;
  for (const ch of `${serviceId}/${criterionId}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return ((h % 4) + 1) as 1 | 2 | 3 | 4;
}

export async function seedDemoPositionings(db: Db, grid: Grid): Promise<number> {
  let published = 0;
  for (const plan of demoPlans) {
    const service = await getService(db, plan.serviceId);
    if (!service) continue;
    const [{ n }] = await db.select({ n: count() }).from(answers).where(eq(answers.serviceId, plan.serviceId));
    const [{ p }] = await db.select({ p: count() }).from(publications).where(eq(publications.serviceId, plan.serviceId));
    if (n > 0 || p > 0) continue;
    const profile = makeProfile(plan.category, plan.flags);
    await db.update(services).set({ category: plan.category, profile: profile.flags }).where(eq(services.id, plan.serviceId));
    const updated = (await getService(db, plan.serviceId))!;
    for (const c of applicableCriteria(grid, profile)) {
      const level = c.force === "opposable" ? plan.binding : levelFor(plan.serviceId, c.id);
      const answer: AnswerContent = answerContentSchema.parse({
        level,
        justification: `Réponse de démonstration : ${c.title.charAt(0).toLowerCase()}${c.title.slice(1)}, niveau ${level} déclaré par l'éditeur fictif.`,
        evidence: level >= 3 ? [`https://exemple.invalid/preuves/${c.id.toLowerCase()}`] : [],
      });
      await saveAnswer(db, { service: updated, grid, criterionId: c.id, baseVersion: 0, answer, userId: plan.userId });
    }
    const r = await publish(db, { service: updated, grid, userId: plan.userId });
    if (r.ok) published += 1;
  }
  return published;
}
