CREATE TABLE "grid_version" (
	"version" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"date" text NOT NULL,
	"checksum" text NOT NULL,
	"criteria_count" integer NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL
);
