"use server";
import { serverAction } from "@/app/_kernel";
import { claimSchool, createOrganisation } from "@/lib/procedures/accounts";

export const createOrganisationAction = serverAction(createOrganisation);
export const claimSchoolAction = serverAction(claimSchool);
