CREATE TABLE "answer" (
	"service_id" text NOT NULL,
	"criterion_id" text NOT NULL,
	"level" smallint,
	"not_applicable" boolean DEFAULT false NOT NULL,
	"na_reason" text DEFAULT '' NOT NULL,
	"justification" text DEFAULT '' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "answer_service_id_criterion_id_pk" PRIMARY KEY("service_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "assessment" (
	"service_id" text PRIMARY KEY NOT NULL,
	"grid_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publication" (
	"id" text PRIMARY KEY NOT NULL,
	"service_id" text NOT NULL,
	"number" integer NOT NULL,
	"grid_version" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "publication_service_number_unique" UNIQUE("service_id","number")
);
--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_service_id_assessment_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."assessment"("service_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_grid_version_grid_version_version_fk" FOREIGN KEY ("grid_version") REFERENCES "public"."grid_version"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication" ADD CONSTRAINT "publication_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication" ADD CONSTRAINT "publication_grid_version_grid_version_version_fk" FOREIGN KEY ("grid_version") REFERENCES "public"."grid_version"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication" ADD CONSTRAINT "publication_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publication_service_idx" ON "publication" USING btree ("service_id","published_at");