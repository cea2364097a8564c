/**
 * Positionings: one draft assessment per service (answers editable, versioned per answer for
 * optimistic concurrency) and immutable publications (snapshots with their scores).
 */
import { pgTable, text, integer, smallint, boolean, timestamp, jsonb, primaryKey, index, unique } from "drizzle-orm/pg-core";
import { gridVersions, services, users } from "./schema";

/** The draft assessment of a service: the grid version it is answered against. */
export const assessments = pgTable("assessment", {
  serviceId: text("service_id")
    .primaryKey()
    .references(() => services.id, { onDelete: "cascade" }),
  gridVersion: text("grid_version")
    .notNull()
    .references(() => gridVersions.version),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One answer of the draft. `level` null and `not_applicable` false: not answered yet (a
 * justification may already be typed). `version` starts at 1 and grows with each save: a save
 * based on another version is refused (see db/assessments.ts).
 */
export const answers = pgTable(
  "answer",
  {
    serviceId: text("service_id")
      .notNull()
      .references(() => assessments.serviceId, { onDelete: "cascade" }),
    criterionId: text("criterion_id").notNull(),
    level: smallint("level"),
    notApplicable: boolean("not_applicable").notNull().default(false),
    naReason: text("na_reason").notNull().default(""),
    justification: text("justification").notNull().default(""),
    evidence: jsonb("evidence").$type<string[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.criterionId] })],
);

/** An immutable snapshot of a service's positioning: what the public sees. */
export const publications = pgTable(
  "publication",
  {
    id: text("id").primaryKey(),
    serviceId: text("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    /** 1, 2, 3… per service */
    number: integer("number").notNull(),
    gridVersion: text("grid_version")
      .notNull()
      .references(() => gridVersions.version),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text("published_by").references(() => users.id, { onDelete: "set null" }),
    /** PublicationSnapshot (lib/assessment/snapshot.ts) */
    snapshot: jsonb("snapshot").notNull(),
    /** true on the latest publication of each service: the catalogue reads only these rows */
    isLatest: boolean("is_latest").notNull().default(false),
    /** CatalogueSummary (lib/assessment/catalogue.ts): the scores' summary, without the answers */
    summary: jsonb("summary"),
    /** service and editor names, lower case without accents, for the catalogue search */
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [
    unique("publication_service_number_unique").on(t.serviceId, t.number),
    index("publication_service_idx").on(t.serviceId, t.publishedAt),
    index("publication_latest_idx").on(t.isLatest, t.searchText),
  ],
);
