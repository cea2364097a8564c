/**
 * ESLint (flat config). Besides the usual rules (JavaScript, TypeScript, Next.js, React hooks),
 * it holds the project's boundaries (docs/adr/0006-frontieres-et-configuration.md):
 *   app/ → lib/ → db/, one way; lib/ without Next.js, React DOM or Auth.js, and without React
 *   outside lib/reports/ (the PDF templates); db/ without lib/; env.ts (the validated
 *   configuration) at the bottom, importing none of our folders; client components without
 *   server-only code; `process.env` read in env.ts only (tests, scripts and tool configs excepted).
 * `npm run lint` runs it on the whole tree with no warning allowed; tests/unit/lint.test.ts proves
 * that each boundary is reported.
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import project from "./eslint/server-boundary.mjs";

/** An import pattern: `@/folder…` and relative paths that climb to the root folder. */
const folder = (name, message) => [
  { regex: `^@/${name}(/|$)`, message },
  { regex: `^(\\.\\./)+${name}(/|$)`, message },
];

const NOT_APP = folder("app", "lib/ and db/ never import app/: app/ calls lib/, not the other way round.");
const NOT_AUTH = [
  { regex: "^@/auth$", message: "auth.ts belongs to the Next.js side (sessions, cookies): lib/ and db/ receive the actor as a parameter." },
  { regex: "^(\\.\\./)+auth$", message: "auth.ts belongs to the Next.js side: lib/ and db/ receive the actor as a parameter." },
];
const NOT_NEXT = [
  { regex: "^next(/|$)", message: "lib/ and db/ are plain TypeScript: no Next.js (the caller in app/ handles requests, redirects and cache)." },
  { regex: "^next-auth(/|$)|^@auth/", message: "Auth.js lives in auth.ts, at the root: lib/ and db/ stay free of it." },
  { regex: "^react-dom(/|$)", message: "No React DOM in lib/ or db/: pages and components live in app/." },
];
const NOT_REACT = [
  { regex: "^react(/|$)|^react-hook-form(/|$)|^@codegouvfr/react-dsfr(/|$)", message: "No React in lib/ outside lib/reports/ (the PDF templates): components live in app/." },
];
const NOT_LIB = folder("lib", "db/ never imports lib/: the direction is lib/ → db/. Start-up and seeding code lives in lib/startup/ and lib/demo/.");
const NOT_DB_OR_LIB_FROM_ENV = [
  { regex: "^(@|\\.)/(app|lib|db)(/|$)", message: "env.ts is the bottom layer: it imports none of app/, lib/ or db/." },
];

const restrict = (...groups) => ["error", { patterns: groups.flat() }];

export default tseslint.config(
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", ".data/**", "out/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      // French typography puts no-break spaces in texts (« 1 200 », « Publier ? »): wanted in strings,
      // templates and JSX text; anywhere else in the code, still an error.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true }],
    },
  },
  // Next.js rules and the React hooks rules, where React is written.
  {
    files: ["app/**/*.{ts,tsx}", "lib/reports/**/*.tsx", "tests/**/*.tsx"],
    ...nextPlugin.configs["core-web-vitals"],
  },
  // The two classic hooks rules. The plugin's React Compiler rules (static-components, purity…)
  // are left out: the project does not run the compiler, and they took 6 of the 7 seconds of the
  // whole lint run (measured with TIMING=1) while finding nothing in this tree.
  {
    files: ["app/**/*.{ts,tsx}", "tests/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  // The project's boundaries.
  {
    plugins: { project },
    files: ["app/**/*.{ts,tsx}"],
    rules: { "project/no-server-import-in-client": "error" },
  },
  {
    plugins: { project },
    files: ["tests/e2e/**/*.ts", "playwright.config.ts"],
    rules: { "project/no-server-only-in-tests": "error" },
  },
  {
    files: ["lib/**/*.{ts,tsx,mjs}"],
    ignores: ["lib/reports/**"],
    rules: {
      "no-restricted-imports": restrict(NOT_APP, NOT_AUTH, NOT_NEXT, NOT_REACT),
      "no-restricted-syntax": ["error", { selector: "JSXElement, JSXFragment", message: "JSX in lib/ is for the PDF templates of lib/reports/ only." }],
    },
  },
  {
    files: ["lib/reports/**/*.{ts,tsx,mjs}"],
    rules: { "no-restricted-imports": restrict(NOT_APP, NOT_AUTH, NOT_NEXT) },
  },
  {
    files: ["db/**/*.{ts,tsx,mjs}"],
    rules: { "no-restricted-imports": restrict(NOT_LIB, NOT_APP, NOT_AUTH, NOT_NEXT, NOT_REACT) },
  },
  {
    files: ["env.ts"],
    rules: { "no-restricted-imports": restrict(NOT_DB_OR_LIB_FROM_ENV, NOT_NEXT, NOT_REACT) },
  },
  // The configuration is read once, in env.ts.
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the configuration from env.ts (`import { env } from \"@/env\"`): it is validated once, with clear messages." },
      ],
    },
  },
  {
    files: ["env.ts", "tests/**", "scripts/**", "*.config.{ts,mjs,js}"],
    rules: { "no-restricted-properties": "off" },
  },
);
