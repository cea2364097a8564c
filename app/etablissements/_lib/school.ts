/**
 * What every private page of a school starts with: the UAI from the URL, the policy (its heads
 * and administrators; anyone else gets the same 404 as for a school that does not exist), the school.
 */
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { pageGuard } from "@/app/_auth/guard";
import { can } from "@/lib/authz";
import { getSchool } from "@/lib/schools/store";
import { uaiParamSchema } from "@/lib/schools/input";

export async function loadPrivateSchool(rawUai: string, from: string) {
  const parsed = uaiParamSchema.safeParse(decodeURIComponent(rawUai));
  if (!parsed.success) notFound();
  const uai = parsed.data;
  const g = await pageGuard("school.read-private", { type: "school", uai }, from);
  if ("forbidden" in g) notFound();
  const db = getDb();
  const school = await getSchool(db, uai);
  if (!school) notFound();
  const { actor } = g;
  return {
    db,
    actor,
    school,
    /** heads record decisions and change the list; administrators only read */
    canReview: can(actor, "school.review", { type: "school", uai }).allowed,
    canManage: can(actor, "school.services.manage", { type: "school", uai }).allowed,
  };
}
