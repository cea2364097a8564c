/**
 * Content checksum of a grid version.
 *
 * The checksum is computed on the validated `Grid` object, not on the YAML text: comments,
 * indentation, quoting style, key order, the order of criteria inside a file and how the
 * criteria are split between files change nothing (the loader sorts criteria by axis and id).
 * What does change it: any text, weight, level, reference, applicability, the scale, the axes
 * and themes (including their order, which is display order).
 *
 * The app stores it with the version id at start-up and refuses a registered version whose
 * content changed without a new version id.
 */
import { createHash } from "node:crypto";
import type { Grid } from "./schema";

/**
 * Deterministic JSON: object keys sorted (by UTF-16 code units), `undefined` members dropped,
 * arrays kept in order, no whitespace. Rejects values JSON cannot represent faithfully.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson : nombre non représentable (${value})`);
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
    }
    default:
      throw new TypeError(`canonicalJson : type non pris en charge (${typeof value})`);
  }
}

/** SHA-256 (lower-case hex, 64 characters) of the canonical JSON of the grid. */
export function gridChecksum(grid: Grid): string {
  return createHash("sha256").update(canonicalJson(grid), "utf8").digest("hex");
}
