/**
 * In-process measurement of the PDF service report, run by scripts/bench.mjs through tsx:
 * a 60-criterion positioning with long accented justifications (about 1 100 characters each,
 * two evidence links, one N/A in ten), rendered `runs` times after two warm-up renders (the
 * first loads the fonts). Prints one JSON object: durations (ms), peak RSS (Mio), pages, bytes.
 */
import { prepareServiceReport } from "@/lib/reports/service-data";
import { renderServiceReport } from "@/lib/reports/render";
import { largeReportSource } from "@/tests/reports-fixture";

const runs = Number(process.argv[2] ?? 20);
const source = largeReportSource({ count: 60, paragraphs: 2 });
let bytes = 0;
for (let i = 0; i < 2; i++) bytes = (await renderServiceReport(prepareServiceReport(source))).length;
const durations: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  // Preparing the data is part of what a request does: measured too.
  await renderServiceReport(prepareServiceReport(source));
  durations.push(performance.now() - t0);
}
const pdf = await renderServiceReport(prepareServiceReport(source));
const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
console.log(JSON.stringify({ durations, peakRssMiB: process.resourceUsage().maxRSS / 1024, pages, bytes }));
