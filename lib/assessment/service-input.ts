/**
 * The service form (creation and profile change): one zod schema for the browser and the server.
 * Client-safe: no database import.
 */
import { z } from "zod";
import { PROFILE_FLAGS, SERVICE_CATEGORIES } from "../grid/profile";

const flagsShape = Object.fromEntries(PROFILE_FLAGS.map((f) => [f, z.boolean().default(false)])) as Record<(typeof PROFILE_FLAGS)[number], z.ZodDefault<z.ZodBoolean>>;

/** The service form (creation and profile change): the same schema in the browser and on the server. */
export const serviceInputSchema = z.object({
  name: z.string().trim().min(2, { error: "Le nom du service doit comporter au moins 2 caractères." }).max(120, { error: "Nom trop long (120 caractères au plus)." }),
  description: z.string().trim().max(2000, { error: "Description trop longue (2 000 caractères au plus)." }).default(""),
  url: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === "" || /^https?:\/\/[^\s]+\.[^\s]+/.test(v), { error: "Adresse du service invalide : une adresse web complète est attendue (https://…)." })
    .default(""),
  category: z.enum(SERVICE_CATEGORIES, { error: "Choisissez une catégorie de service." }),
  flags: z.object(flagsShape).default(Object.fromEntries(PROFILE_FLAGS.map((f) => [f, false])) as Record<(typeof PROFILE_FLAGS)[number], boolean>),
});
export type ServiceInput = z.output<typeof serviceInputSchema>;
export type ServiceFormValues = z.input<typeof serviceInputSchema>;
