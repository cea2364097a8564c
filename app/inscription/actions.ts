"use server";
import { serverAction } from "@/app/_kernel";
import { signUp } from "@/lib/procedures/accounts";

/** Anyone may create an account (the account starts with no rights). */
export const signUpAction = serverAction(signUp);
