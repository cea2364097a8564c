CREATE TABLE "app_setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chiffre_national" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"indicator" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"scope" text NOT NULL,
	"source_seed" text NOT NULL,
	"value_as_written" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "departement" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"academie" text NOT NULL,
	"region_academique" text,
	"region" text,
	"zone" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ent_deploiement_2018" (
	"departement_code" text PRIMARY KEY NOT NULL,
	"label_source" text NOT NULL,
	"academie_source" text NOT NULL,
	"etat" text NOT NULL,
	"commentaire" text NOT NULL,
	"colleges_publics" integer NOT NULL,
	"colleges_prives" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ent_deploiement_2025" (
	"departement_code" text PRIMARY KEY NOT NULL,
	"label_source" text NOT NULL,
	"academie_source" text NOT NULL,
	"etat" text NOT NULL,
	"colleges_publics_avec_ent" integer
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"siren" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_siren_unique" UNIQUE("siren")
);
--> statement-breakpoint
CREATE TABLE "projet_ent_departement" (
	"projet_id" text NOT NULL,
	"departement_code" text NOT NULL,
	CONSTRAINT "projet_ent_departement_projet_id_departement_code_pk" PRIMARY KEY("projet_id","departement_code")
);
--> statement-breakpoint
CREATE TABLE "projet_ent" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"territory" text NOT NULL,
	"territory_type" text NOT NULL,
	"source_seed" text NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "reference_load" (
	"dataset" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"row_count" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "school" (
	"uai" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text,
	"is_public" boolean DEFAULT true NOT NULL,
	"commune_code" text,
	"commune_name" text,
	"departement_code" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"url" text,
	"category" text NOT NULL,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ent_deploiement_2018" ADD CONSTRAINT "ent_deploiement_2018_departement_code_departement_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departement"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ent_deploiement_2025" ADD CONSTRAINT "ent_deploiement_2025_departement_code_departement_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departement"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_ent_departement" ADD CONSTRAINT "projet_ent_departement_projet_id_projet_ent_id_fk" FOREIGN KEY ("projet_id") REFERENCES "public"."projet_ent"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_ent_departement" ADD CONSTRAINT "projet_ent_departement_departement_code_departement_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departement"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_departement_code_departement_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departement"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projet_ent_departement_dep_idx" ON "projet_ent_departement" USING btree ("departement_code");--> statement-breakpoint
CREATE INDEX "school_departement_idx" ON "school" USING btree ("departement_code");--> statement-breakpoint
CREATE INDEX "service_organisation_idx" ON "service" USING btree ("organisation_id");