/**
 * Markup the territories pages write as strings (map, large tables): React passes such a string
 * through as it is, so every value put into it must go through escapeHtml.
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

export function escapeHtml(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ENTITIES[c]) : s;
}

const built = new WeakMap<object, Map<string, unknown>>();

/**
 * What `build` makes from `source` (rows kept in memory by lib/territory.ts), made once per
 * source and key: while the rows stay the same object, each page variant is built once.
 */
export function builtFrom<T>(source: object, key: string, build: () => T): T {
  let byKey = built.get(source);
  if (!byKey) built.set(source, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, build());
  return byKey.get(key) as T;
}
