/**
 * Publications never change, so their PDF is rendered once per server process and kept: a
 * report takes seconds of CPU to lay out, and must not be paid again on every download.
 * Keyed by publication id and deadline text (the only input that can change afterwards);
 * concurrent requests for the same report share one render. Bounded by total size (LRU).
 * Drafts are never cached. The cover's generation date is that of the first render.
 */
import { env } from "@/env";
import type { ServiceReportSource } from "./service-data";

const entries = new Map<string, Promise<Buffer>>();
const sizes = new Map<string, number>();
let total = 0;

export function publicationCacheKey(source: ServiceReportSource): string | null {
  return source.origin.kind === "publication" ? `${source.origin.id}\u0000${source.deadline}` : null;
}

export async function cachedRender(key: string | null, render: () => Promise<Buffer>): Promise<{ pdf: Buffer; cached: boolean }> {
  // REPORT_CACHE_MAX_BYTES=0 turns the cache off (every download renders: benchmarks).
  const maxBytes = env.REPORT_CACHE_MAX_BYTES;
  if (key === null || maxBytes <= 0) return { pdf: await render(), cached: false };
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    return { pdf: await hit, cached: true };
  }
  const pending = render();
  entries.set(key, pending);
  try {
    const pdf = await pending;
    sizes.set(key, pdf.length);
    total += pdf.length;
    for (const [k] of entries) {
      if (total <= maxBytes || k === key) break;
      entries.delete(k);
      total -= sizes.get(k) ?? 0;
      sizes.delete(k);
    }
    return { pdf, cached: false };
  } catch (error) {
    entries.delete(key);
    throw error;
  }
}
