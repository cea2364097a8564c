/**
 * The boundaries of docs/adr/0006-frontieres-et-configuration.md are enforced by ESLint: these
 * tests run the project's own configuration (eslint.config.mjs, through ESLint's Node API) on
 * deliberately wrong files placed in lib/, db/, app/ or at the root, and check that each wrong
 * import is reported, and that the right ones are not. The files are not written to disk: only
 * their path decides which rules apply (client components are found by their "use client").
 */
import { beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { ESLint, type Linter } from "eslint";

const root = fileURLToPath(new URL("../..", import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages;
}

/**
 * `rule: message` of each problem, for readable failures. The snippets import names they do not
 * use: no-unused-vars is left out here (the correct files below use what they import).
 */
const problems = (messages: Linter.LintMessage[]) =>
  messages.filter((m) => m.ruleId !== "@typescript-eslint/no-unused-vars").map((m) => `${m.ruleId}: ${m.message}`);

const LINT_TIMEOUT = 60_000;

describe("lib/ is plain TypeScript below app/", { timeout: LINT_TIMEOUT }, () => {
  it.each([
    ['import { redirect } from "next/navigation";', /no Next\.js/],
    ['import { headers } from "next/headers";', /no Next\.js/],
    ['import { auth } from "@/auth";', /auth\.ts belongs to the Next\.js side/],
    ['import NextAuth from "next-auth";', /Auth\.js lives in auth\.ts/],
    ['import { createPortal } from "react-dom";', /No React DOM/],
    ['import { SiteHeader } from "@/app/_components/SiteHeader";', /never import app\//],
    ['import { SiteHeader } from "../../app/_components/SiteHeader";', /never import app\//],
    ['import { useState } from "react";', /No React in lib\/ outside lib\/reports\//],
  ])("reports %s in lib/", async (line, message) => {
    const messages = await lint("lib/assessment/example.ts", `${line}\nexport const x = 1;\n`);
    expect(problems(messages)).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
    expect(messages[0].message).toMatch(message);
  });

  it("reports JSX in lib/ outside lib/reports/", async () => {
    const messages = await lint("lib/schools/Badge.tsx", "export const Badge = () => <span>conforme</span>;\n");
    expect(problems(messages)).toEqual([expect.stringMatching(/^no-restricted-syntax: JSX in lib\/ is for the PDF templates/)]);
  });

  it("lets lib/reports/ write its PDF templates with React", async () => {
    const code = [
      'import type { ReactNode } from "react";',
      'import { Text, View } from "@react-pdf/renderer";',
      "export const Block = ({ children }: { children: ReactNode }) => <View><Text>{children}</Text></View>;",
      "",
    ].join("\n");
    expect(problems(await lint("lib/reports/Block.tsx", code))).toEqual([]);
  });

  it("still keeps Next.js out of lib/reports/", async () => {
    const messages = await lint("lib/reports/example.ts", 'import { notFound } from "next/navigation";\nexport const x = notFound;\n');
    expect(problems(messages)).toEqual([expect.stringMatching(/^no-restricted-imports: .*no Next\.js/)]);
  });

  it("accepts a correct lib/ module: db/, zod, its own folder, the configuration", async () => {
    const code = [
      'import { eq } from "drizzle-orm";',
      'import { z } from "zod";',
      'import type { Db } from "@/db/client";',
      'import { services } from "@/db/schema";',
      'import { env } from "@/env";',
      'import { formatDate } from "../format";',
      "export const schema = z.string();",
      "export const q = (db: Db) => db.select().from(services).where(eq(services.id, env.CONTACT_EMAIL));",
      "export const f = formatDate;",
      "",
    ].join("\n");
    expect(problems(await lint("lib/assessment/example.ts", code))).toEqual([]);
  });
});

describe("db/ never imports lib/", { timeout: LINT_TIMEOUT }, () => {
  it.each([
    'import { formatDate } from "@/lib/format";',
    'import { formatDate } from "../lib/format";',
    'import type { Grid } from "@/lib/grid/schema";',
  ])("reports %s in db/", async (line) => {
    const messages = await lint("db/example.ts", `${line}\nexport const x = 1;\n`);
    expect(problems(messages)).toEqual([expect.stringMatching(/^no-restricted-imports: .*db\/ never imports lib\//)]);
  });

  it("accepts db/ importing its schema, the configuration and drizzle", async () => {
    const code = 'import { pgTable, text } from "drizzle-orm/pg-core";\nimport { env } from "@/env";\nimport { users } from "./schema";\nexport const t = pgTable("t", { id: text("id") });\nexport const both = [users, env.DATABASE_POOL_MAX];\n';
    expect(problems(await lint("db/example.ts", code))).toEqual([]);
  });
});

describe("env.ts is the bottom layer", { timeout: LINT_TIMEOUT }, () => {
  it("reports env.ts importing lib/", async () => {
    const messages = await lint("env.ts", 'import { formatDate } from "@/lib/format";\nexport const x = formatDate;\n');
    expect(problems(messages)).toEqual([expect.stringMatching(/^no-restricted-imports: .*env\.ts is the bottom layer/)]);
  });
});

describe("client components import no server-only code", { timeout: LINT_TIMEOUT }, () => {
  const client = (...lines: string[]) => ['"use client";', ...lines, "export const x = 1;", ""].join("\n");
  const file = "app/mes-services/[id]/Example.tsx";

  it.each([
    ['import { getDb } from "@/db/client";', /imports "@\/db\/client", which leads to server-only code \(db\/client\.ts → server-only\)/],
    ['import { auth } from "@/auth";', /imports "@\/auth", which leads to server-only code \(auth\.ts → server-only\)/],
    ['import { loadActor } from "@/lib/accounts";', /lib\/accounts\/index\.ts → server-only/],
    // Through our own modules: the report's source reads the assessment store, marked server-only.
    ['import { loadReportSource } from "@/lib/reports/service-source";', /\(lib\/reports\/service-source\.ts → lib\/assessment\/store\.ts → server-only\)/],
    ['import { env } from "@/env";', /env\.ts → node:path/],
    ['import fs from "node:fs";', /imports "node:fs", which runs on the server only/],
    ['import postgres from "postgres";', /imports "postgres", which runs on the server only/],
    ['import { PGlite } from "@electric-sql/pglite";', /imports "@electric-sql\/pglite", which runs on the server only/],
  ])("reports %s", async (line, message) => {
    const messages = await lint(file, client(line));
    expect(problems(messages)).toEqual([expect.stringMatching(/^project\/no-server-import-in-client: /)]);
    expect(messages[0].message).toMatch(message);
  });

  it("accepts what a client component needs: types, server actions, shared schemas, React", async () => {
    const code = client(
      'import { useState } from "react";',
      'import type { Db } from "@/db/client";',
      'import { type Actor } from "@/lib/authz";',
      'import { saveAnswerAction } from "@/app/mes-services/actions";',
      'import { answerContentSchema } from "@/lib/assessment/answer";',
      "export const all = [useState, saveAnswerAction, answerContentSchema] as unknown as Db | Actor;",
    );
    expect(problems(await lint(file, code))).toEqual([]);
  });

  it("lets a server component (no directive) import the database", async () => {
    expect(problems(await lint("app/mes-services/[id]/page.tsx", 'import { getDb } from "@/db/client";\nexport const x = getDb;\n'))).toEqual([]);
  });
});

describe("end-to-end specs import nothing marked server-only (Playwright runs them in plain Node.js)", { timeout: LINT_TIMEOUT }, () => {
  const file = "tests/e2e/example.spec.ts";

  it("reports a spec importing a store, with the chain", async () => {
    const messages = await lint(file, 'import { PUBLICATION_STATE_LABELS } from "../../lib/assessment/store";\nexport const x = PUBLICATION_STATE_LABELS;\n');
    expect(problems(messages)).toEqual([expect.stringMatching(/^project\/no-server-only-in-tests: .*lib\/assessment\/store\.ts → server-only/)]);
  });

  it("accepts pure modules and Node.js built-ins", async () => {
    const code = ['import fs from "node:fs";', 'import { PUBLICATION_STATE_LABELS } from "../../lib/assessment/publication-state";', 'import { parseCsv } from "../../lib/csv";', "export const x = [fs, PUBLICATION_STATE_LABELS, parseCsv];", ""].join("\n");
    expect(problems(await lint(file, code))).toEqual([]);
  });
});

describe("the configuration is read in env.ts only", { timeout: LINT_TIMEOUT }, () => {
  it.each(["lib/reports/example.ts", "db/example.ts", "app/example/route.ts", "auth.ts", "instrumentation.ts"])("reports process.env in %s", async (filePath) => {
    const messages = await lint(filePath, "export const port = process.env.PORT;\n");
    expect(problems(messages)).toEqual([expect.stringMatching(/^no-restricted-properties: .*Read the configuration from env\.ts/)]);
  });

  it.each(["env.ts", "tests/unit/example.test.ts", "scripts/example.ts", "next.config.mjs"])("allows process.env in %s", async (filePath) => {
    expect(problems(await lint(filePath, "export const port = process.env.PORT;\n"))).toEqual([]);
  });
});
