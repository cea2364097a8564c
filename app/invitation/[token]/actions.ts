"use server";
import { formAction, serverAction } from "@/app/_kernel";
import { acceptInvitation, acceptWithNewAccount } from "@/lib/procedures/accounts";

/** A signed-in user joins with the invitation addressed to their e-mail. */
export const acceptInvitationAction = formAction(acceptInvitation);
/** Someone without an account creates the invited account (its e-mail is the invitation's) and joins. */
export const acceptWithNewAccountAction = serverAction(acceptWithNewAccount);
