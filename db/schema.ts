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
  uniqueIndex,
  serial,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

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
    /**
     * Set when the editor archives the service (no longer offered): it leaves the catalogue, its
     * draft can no longer be changed nor published, its publications stay readable; null again on restore.
     */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /** who archived it (null when not archived, or when the account was deleted) */
    archivedBy: text("archived_by").references((): AnyPgColumn => users.id, { onDelete: "set null" }),
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

// ---------------------------------------------------------------------------
// Accounts (Auth.js tables, shapes expected by @auth/drizzle-adapter, plus our columns)
// ---------------------------------------------------------------------------

/** A person. `email` is stored in lower case; `passwordHash` (argon2id) is null for OIDC-only accounts. */
export const users = pgTable("user", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").unique(),
  emailVerified: timestamp("emailVerified", { mode: "date" }),
  image: text("image"),
  passwordHash: text("passwordHash"),
  isAdmin: boolean("is_admin").notNull().default(false),
  isDemo: boolean("is_demo").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A link between a user and an external identity (OpenID Connect). */
export const accounts = pgTable(
  "account",
  {
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("providerAccountId").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("account_user_idx").on(t.userId)],
);

/** Database sessions (unused with the JWT strategy, kept for the adapter's shape). */
export const sessions = pgTable("session", {
  sessionToken: text("sessionToken").primaryKey(),
  userId: text("userId")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { mode: "date" }).notNull(),
});

export const verificationTokens = pgTable(
  "verificationToken",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Editor side: a user is owner or member of an organisation. */
export const memberships = pgTable(
  "membership",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** owner | member */
    role: text("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index("membership_organisation_idx").on(t.organisationId)],
);

/** School side: a user is head (chef d'établissement) of a school, after an approved claim. */
export const schoolHeads = pgTable(
  "school_head",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    uai: text("uai")
      .notNull()
      .references(() => schools.uai, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.uai] }), index("school_head_uai_idx").on(t.uai)],
);

/** An invitation to join an organisation: single use, expiring; only the SHA-256 of the token is stored. */
export const invitations = pgTable(
  "invitation",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    /** owner | member */
    role: text("role").notNull().default("member"),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: text("used_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("invitation_organisation_idx").on(t.organisationId)],
);

/** A user's request to be recognised as head of a school (UAI); an administrator decides. */
export const schoolClaims = pgTable(
  "school_claim",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    uai: text("uai").notNull(),
    /** the school's name as typed, used when the UAI is not yet in the school table */
    schoolName: text("school_name"),
    message: text("message"),
    /** pending | approved | rejected */
    status: text("status").notNull().default("pending"),
    /** form | oidc */
    source: text("source").notNull().default("form"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("school_claim_status_idx").on(t.status),
    uniqueIndex("school_claim_pending_unique").on(t.userId, t.uai).where(sql`${t.status} = 'pending'`),
  ],
);

/** Every password sign-in attempt (e-mail as typed, lower case; client address): the rate limiter reads it. */
export const loginAttempts = pgTable(
  "login_attempt",
  {
    id: serial("id").primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    success: boolean("success").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempt_email_idx").on(t.email, t.at), index("login_attempt_ip_idx").on(t.ip, t.at)],
);

/**
 * The audit log: who did what, when, on what, with before/after where relevant.
 * `organisationId` scopes an event to an organisation (its members may read it).
 */
export const auditEvents = pgTable(
  "audit_event",
  {
    id: serial("id").primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** e.g. auth.sign-in, auth.sign-in-failed, invitation.create, membership.role, claim.approve */
    action: text("action").notNull(),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    organisationId: text("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    uai: text("uai"),
    before: jsonb("before"),
    after: jsonb("after"),
    details: jsonb("details"),
  },
  (t) => [index("audit_event_at_idx").on(t.at), index("audit_event_organisation_idx").on(t.organisationId, t.at), index("audit_event_action_idx").on(t.action)],
);
