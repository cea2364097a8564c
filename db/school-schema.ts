/**
 * Schools' side: the services a school uses, and its head's decisions on them (reviews).
 * A service is either a published service of the platform, or a service the head declares
 * (name, editor, address) that no editor has positioned yet: "non positionné par l'éditeur".
 * Rows are never deleted by the application: a removed service keeps its reviews (removedAt),
 * and every decision is a new review row, so the history is the table itself.
 */
import { sql } from "drizzle-orm";
import { pgTable, text, integer, timestamp, date, serial, index, uniqueIndex, check } from "drizzle-orm/pg-core";
import { schools, services, users } from "./schema";

export const schoolServices = pgTable(
  "school_service",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    uai: text("uai")
      .notNull()
      .references(() => schools.uai, { onDelete: "cascade" }),
    /** a service of the platform (its latest publication is what the school sees); null for a declared one */
    serviceId: text("service_id").references(() => services.id, { onDelete: "cascade" }),
    /** a service declared by the head, not positioned by its editor on the platform */
    declaredName: text("declared_name"),
    declaredEditor: text("declared_editor"),
    declaredUrl: text("declared_url"),
    addedBy: text("added_by").references(() => users.id, { onDelete: "set null" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
    /** set when the head removes the service from the list (its reviews stay) */
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    check("school_service_kind", sql`(${t.serviceId} is not null) <> (${t.declaredName} is not null)`),
    uniqueIndex("school_service_platform_unique").on(t.uai, t.serviceId).where(sql`${t.serviceId} is not null`),
    uniqueIndex("school_service_declared_unique").on(t.uai, sql`lower(${t.declaredName})`).where(sql`${t.declaredName} is not null`),
    index("school_service_service_idx").on(t.serviceId),
  ],
);

/** conforme | a-surveiller | non-conforme | en-attente (d'information de l'éditeur) */
export const reviews = pgTable(
  "review",
  {
    id: serial("id").primaryKey(),
    schoolServiceId: text("school_service_id")
      .notNull()
      .references(() => schoolServices.id, { onDelete: "cascade" }),
    /** the school, repeated so that every read can be scoped by UAI */
    uai: text("uai")
      .notNull()
      .references(() => schools.uai, { onDelete: "cascade" }),
    decision: text("decision").notNull(),
    comment: text("comment").notNull().default(""),
    nextReviewOn: date("next_review_on", { mode: "string" }),
    /** the publication the head had in front of them (null for a declared service) */
    publicationNumber: integer("publication_number"),
    gridVersion: text("grid_version"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("review_decision", sql`${t.decision} in ('conforme', 'a-surveiller', 'non-conforme', 'en-attente')`),
    index("review_school_service_idx").on(t.schoolServiceId, t.decidedAt),
    index("review_uai_idx").on(t.uai, t.decidedAt),
  ],
);
