"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentActor } from "@/auth";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/authz";
import { decideClaim } from "@/lib/accounts";
import { guarded, invalid, type ActionState } from "@/app/_auth/guard";

const decisionSchema = z.object({
  claimId: z.string().trim().min(1).max(100),
  decision: z.enum(["approved", "rejected"], { error: "Décision inconnue." }),
});

export async function decideClaimAction(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const actor = await currentActor();
    authorize(actor, "admin.claims", null);
    const r = await decideClaim(getDb(), requireUser(actor).id, parsed.data.claimId, parsed.data.decision);
    if (!r.ok) return { ok: false, status: r.status, message: r.message };
    revalidatePath("/admin");
    return { ok: true };
  });
}
