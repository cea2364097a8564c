/**
 * Every server action and every route handler is a registered procedure: the test imports each
 * "use server" file and each route.ts of app/ and checks that every export is a function bound by
 * an adapter of app/_kernel to a definition of lib/kernel/registry.ts — so it was declared with its
 * input schema and its policy, and the authorization matrix (tests/db/procedures-matrix.test.ts)
 * calls it. One exemption: Auth.js's own route handler, app/api/auth/[...nextauth]/route.ts
 * (sign-in, callbacks, session, sign-out: Auth.js checks its requests itself).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { boundDefinition } from "@/lib/kernel";
import { actionDefinitions, allDefinitions, routeDefinitions } from "@/lib/kernel/registry";

const AUTH_JS_ROUTE = path.join("app", "api", "auth", "[...nextauth]", "route.ts");

function files(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files(p, out);
    else if (/\.(ts|tsx)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** A "use server" file starts with the directive (comments aside), as Next.js requires. */
const isServerActionsFile = (file: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(fs.readFileSync(file, "utf8"));

const appFiles = files("app");
const actionFiles = appFiles.filter(isServerActionsFile);
const routeFiles = appFiles.filter((f) => path.basename(f) === "route.ts" && f !== AUTH_JS_ROUTE);

describe("every export of a \"use server\" file or a route.ts is a registered procedure", () => {
  it("finds the files (and the registry has unique names)", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(9);
    expect(routeFiles.length).toBeGreaterThanOrEqual(10);
    expect(fs.existsSync(AUTH_JS_ROUTE)).toBe(true);
    const names = allDefinitions.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
  });

  const bound = new Map<string, string[]>(); // definition name → exports bound to it

  for (const file of [...actionFiles, ...routeFiles]) {
    it(file, async () => {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      const exports = Object.entries(mod);
      expect(exports.length, `${file} exports nothing`).toBeGreaterThan(0);
      const isRoute = routeFiles.includes(file);
      for (const [name, value] of exports) {
        if (isRoute) expect(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"], `${file}: ${name} is not an HTTP method`).toContain(name);
        const def = boundDefinition(value);
        expect(def, `${file}: ${name} is not bound to a procedure (use serverAction/formAction/routeHandler of app/_kernel)`).toBeDefined();
        expect(isRoute ? routeDefinitions : actionDefinitions, `${file}: ${name} is bound to ${def?.name}, which is not in lib/kernel/registry.ts`).toContain(def);
        bound.set(def!.name, [...(bound.get(def!.name) ?? []), `${file}#${name}`]);
      }
    });
  }

  it("every registered procedure is exported by one server action or route handler", () => {
    const unbound = allDefinitions.map((d) => d.name).filter((n) => !bound.has(n));
    expect(unbound).toEqual([]);
    const twice = [...bound].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
  });
});
