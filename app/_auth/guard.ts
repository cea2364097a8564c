/**
 * Server-side helpers shared by pages and server actions: the current actor, the policy's refusals
 * turned into Next.js answers (sign-in redirect, 404) or into a French message for a form.
 */
import { notFound, redirect } from "next/navigation";
import { currentActor } from "@/auth";
import { AuthorizationError, can, isAuthorizationError, type Action, type Actor, type ResourceOf } from "@/lib/authz";
import type { z } from "zod";

/** What every server action returns to its form. */
export type ActionState = { ok: boolean; message?: string; status?: number; fieldErrors?: Record<string, string>; data?: Record<string, string> };

/** For pages: refused → sign-in page (401), French 404 page (404), or the refusal itself (403) to show. */
export async function pageGuard<A extends Action>(action: A, resource: ResourceOf[A], from: string): Promise<{ actor: Extract<Actor, { kind: "user" }> } | { forbidden: string }> {
  const actor = await currentActor();
  const d = can(actor, action, resource);
  if (d.allowed && actor.kind === "user") return { actor };
  if (!d.allowed && d.status === 403) return { forbidden: d.message };
  if (actor.kind === "anonymous") redirect(`/connexion?suite=${encodeURIComponent(from)}`);
  notFound();
}

/** Input rejected by zod: the first message, and one per field. */
export function invalid(error: z.ZodError): ActionState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    if (key && !fieldErrors[key]) fieldErrors[key] = issue.message;
  }
  return { ok: false, status: 400, message: error.issues[0]?.message ?? "Formulaire invalide.", fieldErrors };
}

/** Runs the body; a policy refusal becomes { ok: false, status, message }. */
export async function guarded(body: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await body();
  } catch (e) {
    if (isAuthorizationError(e)) return refusal(e);
    throw e;
  }
}

export const refusal = (e: AuthorizationError): ActionState => ({ ok: false, status: e.status, message: e.message });

/** A relative path to go back to after sign-in; anything else (other sites, "//evil") gives the default. */
export function safeNext(value: unknown, fallback = "/espace"): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s]*$/.test(value) ? value : fallback;
}
