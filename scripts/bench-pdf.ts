/**
 * In-process measurement of the PDF reports, run by scripts/bench.mjs through tsx, one process
 * per report (so that each peak memory is its own):
 * - `service`: a 60-criterion positioning with long accented justifications (about 1 100
 *   characters each, two evidence links, one N/A in ten);
 * - `school`: a school using 30 services (gaps, decisions, comments, six declared services),
 *   with its territorial context.
 * Rendered `runs` times after two warm-up renders (the first loads the fonts). Prints one JSON
 * object: durations (ms), peak RSS (Mio), pages, bytes.
 */
import { prepareServiceReport } from "@/lib/reports/service-data";
import { prepareSchoolReport } from "@/lib/reports/school-data";
import { renderSchoolReport, renderServiceReport } from "@/lib/reports/render";
import { largeReportSource, largeSchoolReportSource } from "@/tests/reports-fixture";

const runs = Number(process.argv[2] ?? 20);
const kind = process.argv[3] ?? "service";
if (kind !== "service" && kind !== "school") throw new Error(`rapport inconnu : ${kind} (service ou school)`);

// Preparing the data is part of what a request does: measured too.
const service = largeReportSource({ count: 60, paragraphs: 2 });
const school = largeSchoolReportSource({ count: 30 });
const render = kind === "service" ? () => renderServiceReport(prepareServiceReport(service)) : () => renderSchoolReport(prepareSchoolReport(school));

let bytes = 0;
for (let i = 0; i < 2; i++) bytes = (await render()).length;
const durations: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  await render();
  durations.push(performance.now() - t0);
}
const pdf = await render();
const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
console.log(JSON.stringify({ durations, peakRssMiB: process.resourceUsage().maxRSS / 1024, pages, bytes }));
