"use server";
import { signIn } from "@/auth";
import { getDb } from "@/db/client";
import { signUpSchema } from "@/lib/auth/schemas";
import { createPasswordAccount } from "@/lib/accounts";
import { invalid, type ActionState } from "@/app/_auth/guard";

/** Anyone may create an account (no policy needed: the account starts with no rights). */
export async function signUpAction(input: unknown): Promise<ActionState> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const r = await createPasswordAccount(getDb(), parsed.data);
  if (!r.ok) return { ok: false, status: r.status, message: r.message };
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/espace" });
  return { ok: true };
}
