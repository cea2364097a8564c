/**
 * The PDF reports rendered on a worker thread give the same document as on the calling thread;
 * with no worker (REPORT_WORKERS=0) or a worker that cannot start, the report is still rendered.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { prepareSchoolReport } from "@/lib/reports/school-data";
import { prepareServiceReport } from "@/lib/reports/service-data";
import { renderSchoolReport, renderServiceReport } from "@/lib/reports/render";
import { largeReportSource, largeSchoolReportSource } from "@/tests/reports-fixture";
import { pdfPages } from "@/tests/reports-pdf";

type Pool = typeof import("@/lib/reports/render-pool");
const service = prepareServiceReport(largeReportSource({ count: 8, paragraphs: 1 }));
const school = prepareSchoolReport(largeSchoolReportSource({ count: 5 }));

async function freshPool(env: Record<string, string | undefined>): Promise<Pool> {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  return import("@/lib/reports/render-pool");
}

let pool: Pool | null = null;
afterEach(async () => {
  await pool?.closeRenderPool();
  pool = null;
  vi.unstubAllEnvs();
});

describe("report rendering pool", () => {
  it("renders both reports on a worker thread, page for page the same text as on this thread", async () => {
    pool = await freshPool({ REPORT_WORKERS: "1" });
    const [a, b] = await Promise.all([pool.renderServiceReportOffThread(service), pool.renderSchoolReportOffThread(school)]);
    expect((await pdfPages(a))).toEqual((await pdfPages(await renderServiceReport(service))));
    expect((await pdfPages(b))).toEqual((await pdfPages(await renderSchoolReport(school))));
    expect(pool.poolStats()).toEqual({ workers: 1, renderedOffThread: 2, disabled: null });
  }, 120_000);

  it("renders on the calling thread when the pool is off or its worker cannot start", async () => {
    pool = await freshPool({ REPORT_WORKERS: "0" });
    expect(pool.poolSize()).toBe(0);
    expect((await pdfPages(await pool.renderSchoolReportOffThread(school))).join("")).toContain("Collège des Tilleuls");

    pool = await freshPool({ REPORT_WORKERS: "1", REPORT_WORKER_ROOT: "/dossier/qui/n/existe/pas" });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect((await pdfPages(await pool.renderSchoolReportOffThread(school))).join("")).toContain("Collège des Tilleuls");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("rendu des PDF sur le fil principal"));
    expect(pool.poolStats().renderedOffThread).toBe(0);
    warn.mockRestore();
  }, 120_000);

  it("takes the pool size from REPORT_WORKERS, one worker by default on two cores", async () => {
    pool = await freshPool({ REPORT_WORKERS: "3" });
    expect(pool.poolSize()).toBe(3);
    // A wrong value is refused (env.ts), at start-up in the server: never silently replaced.
    pool = await freshPool({ REPORT_WORKERS: "n'importe quoi" });
    expect(() => pool!.poolSize()).toThrow(/^REPORT_WORKERS doit être un nombre entier/);
    pool = await freshPool({ REPORT_WORKERS: "" });
    expect(pool.poolSize()).toBeGreaterThanOrEqual(1);
    expect(pool.poolSize()).toBeLessThanOrEqual(2);
  });
});
