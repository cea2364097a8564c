import { describe, it, expect, vi } from "vitest";
import { cachedRender } from "@/lib/reports/cache";

describe("publication PDF cache", () => {
  it("renders a publication once, shares concurrent renders, never caches a draft", async () => {
    let renders = 0;
    const render = async () => {
      renders += 1;
      await new Promise((r) => setTimeout(r, 10));
      return Buffer.from("%PDF-1.4 test");
    };
    const [a, b] = await Promise.all([cachedRender("pub-1", render), cachedRender("pub-1", render)]);
    expect(renders).toBe(1);
    expect(a.pdf.equals(b.pdf)).toBe(true);
    expect((await cachedRender("pub-1", render)).cached).toBe(true);
    expect(renders).toBe(1);
    await cachedRender(null, render);
    await cachedRender(null, render);
    expect(renders).toBe(3);
  });

  it("forgets a failed render so the next request tries again", async () => {
    await expect(cachedRender("pub-2", async () => Promise.reject(new Error("échec")))).rejects.toThrow("échec");
    expect((await cachedRender("pub-2", async () => Buffer.from("ok"))).cached).toBe(false);
  });
});

describe("publication PDF cache turned off", () => {
  it("renders every download when REPORT_CACHE_MAX_BYTES is 0", async () => {
    vi.resetModules();
    vi.stubEnv("REPORT_CACHE_MAX_BYTES", "0");
    const { cachedRender: uncached } = await import("@/lib/reports/cache");
    let renders = 0;
    const render = async () => {
      renders += 1;
      return Buffer.from("%PDF-1.4 test");
    };
    expect((await uncached("pub-3", render)).cached).toBe(false);
    expect((await uncached("pub-3", render)).cached).toBe(false);
    expect(renders).toBe(2);
    vi.unstubAllEnvs();
  });
});
