/**
 * Platform settings an administrator sets. The compliance deadline: the arrêtés give at least
 * ten months after their publication; until an administrator records the date, the product
 * says so rather than inventing one.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { appSettings } from "@/db/schema";
import { formatDay } from "./format";

export const DEADLINE_KEY = "echeance-conformite";
export const DEFAULT_DEADLINE_TEXT = "échéance à fixer par arrêté, au moins dix mois après sa publication";

export const deadlineSchema = z.object({
  date: z.iso.date({ error: "Date attendue au format AAAA-MM-JJ." }),
  arrete: z.string().trim().min(3, { error: "Indiquez l'arrêté qui fixe l'échéance." }).max(300),
});
export type Deadline = z.output<typeof deadlineSchema>;

export async function getDeadline(db: Db): Promise<Deadline | null> {
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, DEADLINE_KEY));
  const parsed = deadlineSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export function deadlineText(d: Deadline | null): string {
  return d ? `au plus tard le ${formatDay(d.date)} (${d.arrete})` : DEFAULT_DEADLINE_TEXT;
}

export async function setDeadline(db: Db, value: Deadline): Promise<void> {
  await db
    .insert(appSettings)
    .values({ key: DEADLINE_KEY, value })
    .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: new Date() } });
}
