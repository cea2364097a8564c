"use server";
import { formAction, serverAction, withFields } from "@/app/_kernel";
import { changeRole, invite, removeMember, revokeInvitation } from "@/lib/procedures/organisations";

export const inviteAction = serverAction(invite, (organisationId: unknown, values: unknown) => withFields(values, { organisationId }));
export const revokeInvitationAction = formAction(revokeInvitation);
export const changeRoleAction = formAction(changeRole);
export const removeMemberAction = formAction(removeMember);
