/**
 * Local ESLint plugin of the project (see docs/adr/0006-frontieres-et-configuration.md).
 *
 * Rule `project/no-server-import-in-client`: a client component (a file that starts with the
 * "use client" directive) is sent to the browser, so it must not import, directly or through our
 * own modules, code that only runs on the server:
 *   - Node.js built-in modules (`node:fs`, `path`…) and server packages (postgres, PGlite,
 *     argon2, the `server-only` marker itself);
 *   - any of our modules that imports `server-only` (db/client.ts, auth.ts, the stores…), or that
 *     leads to one through its own imports.
 * The walk through our modules reads their import lines (type-only imports are erased at compile
 * time and skipped) and stops at "use server" files: a client component may import server
 * actions, which the bundler replaces by references. `next build` would also refuse most of these
 * imports, but only after a minute of compiling and with a less precise message.
 */
import fs from "node:fs";
import path from "node:path";
import { builtinModules } from "node:module";

const SERVER_PACKAGES = ["server-only", "postgres", "@electric-sql/pglite", "@node-rs/argon2", "drizzle-orm/postgres-js", "drizzle-orm/pglite", "next-auth", "next/headers"];
const BUILTINS = new Set(builtinModules);
const EXTENSIONS = [".ts", ".tsx", ".mjs", ".js"];

function isServerPackage(specifier) {
  if (specifier.startsWith("node:")) return true;
  if (BUILTINS.has(specifier) || BUILTINS.has(specifier.split("/")[0])) return true;
  // next-auth itself (the server API), not next-auth/react (the client's hooks).
  return SERVER_PACKAGES.some((p) => specifier === p || (p !== "next-auth" && specifier.startsWith(`${p}/`)));
}

/** Our module a specifier points to (`@/…` from the project root, or relative), or null for a package. */
function resolveLocal(specifier, fromFile, root) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith("./") || specifier.startsWith("../")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  for (const c of candidates) {
    try {
      if (fs.statSync(c).isFile()) return c;
    } catch {
      // not this one
    }
  }
  return null;
}

const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use (client|server)["']/;
const IMPORT_LINE = /(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?["']([^"'\n]+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"'\n]+)["']\s*\)/g;

/** The value imports of a source text (type-only imports left out). */
function importsOf(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found = [];
  for (const m of code.matchAll(IMPORT_LINE)) {
    const [, typeOnly, clause, specifier] = m;
    if (typeOnly) continue;
    // `export const x = …` and the like have no `from`: only re-exports carry a specifier.
    if (clause !== undefined && isTypeOnlyClause(clause)) continue;
    found.push(specifier);
  }
  for (const m of code.matchAll(DYNAMIC_IMPORT)) found.push(m[1]);
  return found;
}

/** `{ type A, type B }`: every named import is a type, the import is erased. */
function isTypeOnlyClause(clause) {
  const braces = clause.trim().match(/^\{([\s\S]*)\}$/);
  if (!braces) return false;
  const names = braces[1].split(",").map((s) => s.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith("type "));
}

/** Per file: the chain that leads to server-only code, or null. Keyed by path and modification time (one cache per test). */
const caches = new Map();

function serverChain(file, root, visiting, isServer = isServerPackage) {
  if (!caches.has(isServer)) caches.set(isServer, new Map());
  const cache = caches.get(isServer);
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs) return cached.chain;
  if (visiting.has(file)) return null; // a cycle: judged when its first file finishes
  visiting.add(file);
  const text = fs.readFileSync(file, "utf8");
  let chain = null;
  const directive = text.match(DIRECTIVE)?.[1];
  if (directive !== "server") {
    for (const specifier of importsOf(text)) {
      if (isServer(specifier)) {
        chain = [specifier];
        break;
      }
      const target = resolveLocal(specifier, file, root);
      const sub = target && serverChain(target, root, visiting, isServer);
      if (sub) {
        chain = [path.relative(root, target), ...sub];
        break;
      }
    }
  }
  visiting.delete(file);
  cache.set(file, { mtimeMs: stat.mtimeMs, chain });
  return chain;
}

/** @type {import("eslint").Rule.RuleModule} */
const noServerImportInClient = {
  meta: {
    type: "problem",
    docs: { description: 'Client components ("use client") must not import server-only code.' },
    schema: [],
    messages: {
      direct: '"use client" file imports "{{source}}", which runs on the server only. Pass the data as props from a server component, or call a server action.',
      chain: '"use client" file imports "{{source}}", which leads to server-only code ({{chain}}). Pass the data as props from a server component, or call a server action.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const first = sourceCode.ast.body[0];
    const isClient = first?.type === "ExpressionStatement" && first.directive === "use client";
    if (!isClient) return {};
    const root = context.cwd;
    const file = context.filename;

    function check(node, specifier) {
      if (typeof specifier !== "string") return;
      if (isServerPackage(specifier)) {
        context.report({ node, messageId: "direct", data: { source: specifier } });
        return;
      }
      const target = resolveLocal(specifier, file, root);
      if (!target) return;
      const chain = serverChain(target, root, new Set());
      if (chain) context.report({ node, messageId: "chain", data: { source: specifier, chain: [path.relative(root, target), ...chain].join(" → ") } });
    }
    const typeOnly = (node) =>
      node.importKind === "type" ||
      node.exportKind === "type" ||
      (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

    return {
      ImportDeclaration(node) {
        if (!typeOnly(node)) check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source && !typeOnly(node)) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        if (node.exportKind !== "type") check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value);
      },
    };
  },
};

const isMarker = (specifier) => specifier === "server-only";

/**
 * Rule `project/no-server-only-in-tests`: the end-to-end specs run in plain Node.js (Playwright),
 * where the `server-only` marker throws on import: a spec may share our pure modules (labels,
 * CSV parsing, the scoring engine) but nothing that leads to the marker.
 * @type {import("eslint").Rule.RuleModule}
 */
const noServerOnlyInTests = {
  meta: {
    type: "problem",
    docs: { description: "End-to-end specs must not import modules marked server-only." },
    schema: [],
    messages: {
      chain: 'imports "{{source}}", which leads to the server-only marker ({{chain}}): Playwright would stop on it. Move what the test needs to a pure module.',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const check = (node, specifier) => {
      if (typeof specifier !== "string") return;
      if (isMarker(specifier)) return context.report({ node, messageId: "chain", data: { source: specifier, chain: specifier } });
      const target = resolveLocal(specifier, file, root);
      const chain = target && serverChain(target, root, new Set(), isMarker);
      if (chain) context.report({ node, messageId: "chain", data: { source: specifier, chain: [path.relative(root, target), ...chain].join(" → ") } });
    };
    return {
      ImportDeclaration(node) {
        if (node.importKind !== "type") check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value);
      },
    };
  },
};

export default {
  meta: { name: "project" },
  rules: { "no-server-import-in-client": noServerImportInClient, "no-server-only-in-tests": noServerOnlyInTests },
};
