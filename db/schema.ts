/**
 * The database schema: one definition for both drivers (PostgreSQL through postgres.js,
 * embedded PGlite). Migrations in db/migrations are generated from this file by drizzle-kit.
 */
import {
  pgTable,
  text,
  integer,
  doublePrecision,
  boolean,
  timestamp,
  jsonb,
  primaryKey,
  index,
} from "drizzle-orm/pg-core";

// ---------------------------------------------------------------------------
// Reference data (copied from the ministry's tables, see db/reference/README.md)
// ---------------------------------------------------------------------------

/** Départements (INSEE code) with académie and région académique. */
export const departements = pgTable("departement", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  academie: text("academie").notNull(),
  regionAcademique: text("region_academique"),
  region: text("region"),
  /** metro | drom | com */
  zone: text("zone").notNull(),
});

/** ENT deployment in collèges, November 2018 (seed 000): one row per département. */
export const entDeploiement2018 = pgTable("ent_deploiement_2018", {
  departementCode: text("departement_code")
    .primaryKey()
    .references(() => departements.code),
  labelSource: text("label_source").notNull(),
  academieSource: text("academie_source").notNull(),
  etat: text("etat").notNull(),
  commentaire: text("commentaire").notNull(),
  collegesPublics: integer("colleges_publics").notNull(),
  collegesPrives: integer("colleges_prives").notNull(),
});

/** ENT deployment in collèges, rentrée 2025 (seed 001): one row per département or COM. */
export const entDeploiement2025 = pgTable("ent_deploiement_2025", {
  departementCode: text("departement_code")
    .primaryKey()
    .references(() => departements.code),
  labelSource: text("label_source").notNull(),
  academieSource: text("academie_source").notNull(),
  etat: text("etat").notNull(),
  /** null where the seed prints "-" */
  collegesPublicsAvecEnt: integer("colleges_publics_avec_ent"),
});

/** Territorial ENT projects (seed 004). */
export const projetsEnt = pgTable("projet_ent", {
  id: text("id").primaryKey(),
  position: integer("position").notNull(),
  name: text("name").notNull(),
  territory: text("territory").notNull(),
  territoryType: text("territory_type").notNull(),
  sourceSeed: text("source_seed").notNull(),
  notes: text("notes"),
});

export const projetEntDepartements = pgTable(
  "projet_ent_departement",
  {
    projetId: text("projet_id")
      .notNull()
      .references(() => projetsEnt.id, { onDelete: "cascade" }),
    departementCode: text("departement_code")
      .notNull()
      .references(() => departements.code),
  },
  (t) => [primaryKey({ columns: [t.projetId, t.departementCode] }), index("projet_ent_departement_dep_idx").on(t.departementCode)],
);

/** National figures 2025 (seed 004, section I and III.1). */
export const chiffresNationaux = pgTable("chiffre_national", {
  id: text("id").primaryKey(),
  position: integer("position").notNull(),
  indicator: text("indicator").notNull(),
  value: doublePrecision("value").notNull(),
  unit: text("unit").notNull(),
  scope: text("scope").notNull(),
  sourceSeed: text("source_seed").notNull(),
  valueAsWritten: text("value_as_written").notNull(),
});

/** One row per reference dataset: the checksum of the file last loaded, so an unchanged file is skipped. */
export const referenceLoads = pgTable("reference_load", {
  dataset: text("dataset").primaryKey(),
  checksum: text("checksum").notNull(),
  rowCount: integer("row_count").notNull(),
  loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------
// Platform settings
// ---------------------------------------------------------------------------

/** Key/value settings an administrator changes (e.g. the compliance deadline). */
export const appSettings = pgTable("app_setting", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------
// Core entities (filled in by later issues: accounts, services, schools)
// ---------------------------------------------------------------------------

/** An editor organisation (SIREN, 9 digits, Luhn-checked in lib/identifiers). */
export const organisations = pgTable("organisation", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  siren: text("siren").notNull().unique(),
  isDemo: boolean("is_demo").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A digital service published by an organisation. */
export const services = pgTable(
  "service",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    url: text("url"),
    category: text("category").notNull(),
    /** profile flags (see lib/grid/profile) */
    profile: jsonb("profile").notNull().default({}),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("service_organisation_idx").on(t.organisationId)],
);

/** A public collège or lycée, identified by its UAI (7 digits + check letter). */
export const schools = pgTable(
  "school",
  {
    uai: text("uai").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind"),
    isPublic: boolean("is_public").notNull().default(true),
    communeCode: text("commune_code"),
    communeName: text("commune_name"),
    departementCode: text("departement_code").references(() => departements.code),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("school_departement_idx").on(t.departementCode)],
);

// ---------------------------------------------------------------------------
// Positioning grid versions (content in criteria/, registered at start-up)
// ---------------------------------------------------------------------------

/** One row per grid version ever served: its content checksum must never change afterwards. */
export const gridVersions = pgTable("grid_version", {
  version: text("version").primaryKey(),
  label: text("label").notNull(),
  /** publication date of the version (YYYY-MM-DD, from grille.yaml) */
  date: text("date").notNull(),
  checksum: text("checksum").notNull(),
  criteriaCount: integer("criteria_count").notNull(),
  registeredAt: timestamp("registered_at", { withTimezone: true }).notNull().defaultNow(),
});
