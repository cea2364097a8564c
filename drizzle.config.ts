import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: migrations are applied by the app itself at start-up
// (db/migrate.ts), on PostgreSQL and on PGlite alike.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./db/schema.ts", "./db/assessment-schema.ts", "./db/school-schema.ts"],
  out: "./db/migrations",
});
