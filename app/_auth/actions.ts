"use server";
import { signOut } from "@/auth";

/** Sign-out: clears the session cookie and goes back to the home page. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
