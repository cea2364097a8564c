/**
 * Server-side helper of the pages: the policy's refusals turned into Next.js answers (sign-in
 * redirect, 404) or into a message to show. Server actions and route handlers go through the
 * kernel instead (lib/kernel, app/_kernel).
 */
import { notFound, redirect } from "next/navigation";
import { currentActor } from "@/auth";
import { can, type Action, type Actor, type ResourceOf } from "@/lib/authz";

/** What every form's server action returns (lib/kernel). */
export type { ActionState } from "@/lib/kernel";
export { safeNext } from "@/lib/auth/next-path";

/** For pages: refused → sign-in page (401), French 404 page (404), or the refusal itself (403) to show. */
export async function pageGuard<A extends Action>(action: A, resource: ResourceOf[A], from: string): Promise<{ actor: Extract<Actor, { kind: "user" }> } | { forbidden: string }> {
  const actor = await currentActor();
  const d = can(actor, action, resource);
  if (d.allowed && actor.kind === "user") return { actor };
  if (!d.allowed && d.status === 403) return { forbidden: d.message };
  if (actor.kind === "anonymous") redirect(`/connexion?suite=${encodeURIComponent(from)}`);
  notFound();
}
