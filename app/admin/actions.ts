"use server";
import { formAction } from "@/app/_kernel";
import { decideClaim } from "@/lib/procedures/accounts";

export const decideClaimAction = formAction(decideClaim);
