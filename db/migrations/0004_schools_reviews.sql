CREATE TABLE "review" (
	"id" serial PRIMARY KEY NOT NULL,
	"school_service_id" text NOT NULL,
	"uai" text NOT NULL,
	"decision" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"next_review_on" date,
	"publication_number" integer,
	"grid_version" text,
	"decided_by" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_decision" CHECK ("review"."decision" in ('conforme', 'a-surveiller', 'non-conforme', 'en-attente'))
);
--> statement-breakpoint
CREATE TABLE "school_service" (
	"id" text PRIMARY KEY NOT NULL,
	"uai" text NOT NULL,
	"service_id" text,
	"declared_name" text,
	"declared_editor" text,
	"declared_url" text,
	"added_by" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "school_service_kind" CHECK (("school_service"."service_id" is not null) <> ("school_service"."declared_name" is not null))
);
--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_school_service_id_school_service_id_fk" FOREIGN KEY ("school_service_id") REFERENCES "public"."school_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_uai_school_uai_fk" FOREIGN KEY ("uai") REFERENCES "public"."school"("uai") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_service" ADD CONSTRAINT "school_service_uai_school_uai_fk" FOREIGN KEY ("uai") REFERENCES "public"."school"("uai") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_service" ADD CONSTRAINT "school_service_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_service" ADD CONSTRAINT "school_service_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_school_service_idx" ON "review" USING btree ("school_service_id","decided_at");--> statement-breakpoint
CREATE INDEX "review_uai_idx" ON "review" USING btree ("uai","decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "school_service_platform_unique" ON "school_service" USING btree ("uai","service_id") WHERE "school_service"."service_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "school_service_declared_unique" ON "school_service" USING btree ("uai",lower("declared_name")) WHERE "school_service"."declared_name" is not null;--> statement-breakpoint
CREATE INDEX "school_service_service_idx" ON "school_service" USING btree ("service_id");