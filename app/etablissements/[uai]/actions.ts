"use server";
/** Server actions of a school's pages: bound to their procedures (lib/procedures/schools). */
import { formAction, serverAction, withFields } from "@/app/_kernel";
import { addService, declareService, recordReview, removeService } from "@/lib/procedures/schools";

export const addServiceAction = formAction(addService);
export const declareServiceAction = serverAction(declareService, (uai: unknown, values: unknown) => withFields(values, { uai }));
export const removeServiceAction = formAction(removeService);
export const recordReviewAction = serverAction(recordReview, (uai: unknown, values: unknown) => withFields(values, { uai }));
