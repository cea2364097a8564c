"use server";
import { serverAction } from "@/app/_kernel";
import { signOut } from "@/lib/procedures/accounts";

/** Sign-out: clears the session cookie and goes back to the home page. */
export const signOutAction = serverAction(signOut, () => undefined);
