"use server";
import { headers } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, clientAddress } from "@/auth";
import { getDb } from "@/db/client";
import { signInSchema } from "@/lib/auth/schemas";
import { signInRateLimit } from "@/lib/accounts";
import { rateLimitMessage } from "@/lib/auth/rate-limit";
import { invalid, safeNext, type ActionState } from "@/app/_auth/guard";
import { oidcSettings } from "@/lib/auth/oidc-config";

/** The same message whether the account exists or not. */
const GENERIC = "Adresse électronique ou mot de passe incorrect.";

export async function signInAction(input: unknown, next?: unknown): Promise<ActionState> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const ip = clientAddress(await headers());
  const before = await signInRateLimit(getDb(), parsed.data.email, ip);
  if (!before.allowed) return { ok: false, status: 429, message: rateLimitMessage(before.retryAt) };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNext(next) });
  } catch (e) {
    if (e instanceof AuthError) {
      // Locked now (by this failure or one made elsewhere at the same time)? Say until when.
      const after = await signInRateLimit(getDb(), parsed.data.email, ip);
      if (!after.allowed) return { ok: false, status: 429, message: rateLimitMessage(after.retryAt) };
      if (e instanceof CredentialsSignin) return { ok: false, status: 401, message: GENERIC };
      return { ok: false, status: 500, message: "La connexion a échoué. Réessayez dans un instant." };
    }
    throw e; // NEXT_REDIRECT: signed in
  }
  return { ok: true };
}

export async function signInWithProviderAction(formData: FormData): Promise<void> {
  if (!oidcSettings()) return;
  await signIn("oidc", { redirectTo: safeNext(formData.get("suite")) });
}
