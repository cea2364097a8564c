ALTER TABLE "publication" ADD COLUMN "is_latest" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "publication" ADD COLUMN "summary" jsonb;--> statement-breakpoint
ALTER TABLE "publication" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "publication_latest_idx" ON "publication" USING btree ("is_latest","search_text");--> statement-breakpoint
-- Backfill for publications made before this migration: the latest one per service, its scores' summary, its search text.
UPDATE "publication" p SET "is_latest" = true FROM (SELECT "service_id", max("number") AS n FROM "publication" GROUP BY "service_id") m WHERE p."service_id" = m."service_id" AND p."number" = m.n;--> statement-breakpoint
UPDATE "publication" SET "summary" = jsonb_build_object(
  'overall', jsonb_build_object('maturity', "snapshot"->'score'->'overall'->'maturity', 'completion', "snapshot"->'score'->'overall'->'completion'),
  'axes', (SELECT coalesce(jsonb_agg(jsonb_build_object('axis', a->'axis', 'maturity', a->'maturity')), '[]'::jsonb) FROM jsonb_array_elements("snapshot"->'score'->'axes') a),
  'byAxis', (SELECT coalesce(jsonb_object_agg(a->>'axis', a->'maturity'), '{}'::jsonb) FROM jsonb_array_elements("snapshot"->'score'->'axes') a),
  'conformity', jsonb_build_object('status', "snapshot"->'score'->'conformity'->'status', 'gaps', jsonb_array_length("snapshot"->'score'->'conformity'->'gaps'))
) WHERE "summary" IS NULL;--> statement-breakpoint
UPDATE "publication" SET "search_text" = lower(coalesce("snapshot"->'service'->>'name', '') || ' ' || coalesce("snapshot"->'organisation'->>'name', '')) WHERE "search_text" = '';
