"use server";
/** Server actions of the editor's space: bound to their procedures (lib/procedures/services). */
import { serverAction, withFields } from "@/app/_kernel";
import { archive, createService, publish, restore, revert, saveAnswer, updateService } from "@/lib/procedures/services";

export type { SaveAnswerResponse, SerializedAnswer } from "@/lib/procedures/services";

export const createServiceAction = serverAction(createService, (organisationId: unknown, values: unknown) => withFields(values, { organisationId }));
export const updateServiceAction = serverAction(updateService, (serviceId: unknown, values: unknown) => withFields(values, { serviceId }));
/** Autosave of one answer. A stale base version gets the current answer back, never an overwrite. */
export const saveAnswerAction = serverAction(saveAnswer);
export const publishAction = serverAction(publish, (serviceId: unknown) => ({ serviceId }));
export const revertAction = serverAction(revert, (serviceId: unknown) => ({ serviceId }));
/** Archive and restore a service (after a confirmation step in the page). */
export const archiveAction = serverAction(archive, (serviceId: unknown) => ({ serviceId }));
export const restoreAction = serverAction(restore, (serviceId: unknown) => ({ serviceId }));
