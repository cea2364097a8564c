/**
 * French formatting: the one module through which every number, date and time the product shows
 * (pages, badges, history, PDF reports, CSV exports, messages) is written.
 *
 * Dates and times are always those of Europe/Paris, whatever the time zone of the server (`TZ`)
 * or of the browser: the calendar fields are read with `Intl` in that zone, then written by this
 * module itself (French month names, « 1er », « 8 h 31 »), so the same instant gives the same text
 * on the server, in the browser and in a PDF — no hydration mismatch, no hour off after a reload.
 * Pure and dependency-free: importable from client components.
 *
 * Numbers use a plain no-break space (U+00A0) as thousands separator, not the narrow no-break
 * space (U+202F) that Intl produces: PDF fonts print U+202F as a wrong glyph.
 */
const integerFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

const normalizeSpaces = (s: string) => s.replace(/[\u202f]/g, "\u00a0");

export function formatInteger(n: number): string {
  return normalizeSpaces(integerFormat.format(n));
}

export function formatNumber(n: number): string {
  return normalizeSpaces(decimalFormat.format(n));
}

// ---------------------------------------------------------------------------
// Dates and times, in Europe/Paris
// ---------------------------------------------------------------------------

export const PARIS_TIME_ZONE = "Europe/Paris";

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"] as const;

/** The calendar fields of an instant in Europe/Paris (month 1–12, hour 0–23). */
export type ParisParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

// "h23": midnight is 0, never 24 (some engines write 24 with hour12: false).
const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: PARIS_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});

export function parisParts(d: Date): ParisParts {
  if (Number.isNaN(d.getTime())) throw new RangeError("Date invalide");
  const out: Record<string, number> = {};
  for (const p of partsFormat.formatToParts(d)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return { year: out.year, month: out.month, day: out.day, hour: out.hour % 24, minute: out.minute, second: out.second };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "25 novembre 2026", "1er mars 2026" (the first of the month is written as an ordinal in French). */
export function formatDate(d: Date): string {
  const p = parisParts(d);
  return `${p.day === 1 ? "1er" : p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "02/12/2026": the short date, for tables and CSV cells. */
export function formatShortDate(d: Date): string {
  const p = parisParts(d);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "8 h 31" (or "8 h 31 min 05 s" with seconds): the time of day in Europe/Paris. */
export function formatTime(d: Date, options: { seconds?: boolean } = {}): string {
  const p = parisParts(d);
  return `${p.hour} h ${pad(p.minute)}${options.seconds ? ` min ${pad(p.second)} s` : ""}`;
}

/** "25/11/2026 à 14 h 32" (with `seconds`: "25/11/2026 à 14 h 32 min 05 s", for audit logs). */
export function formatDateTime(d: Date, options: { seconds?: boolean } = {}): string {
  return `${formatShortDate(d)} à ${formatTime(d, options)}`;
}

/** "1er décembre 2026 à 8 h 31": a date in words with its time, for sentences. */
export function formatLongDateTime(d: Date): string {
  return `${formatDate(d)} à ${formatTime(d)}`;
}

/**
 * "2026-12-02": the calendar day of an instant in Europe/Paris (ISO 8601). For `<time dateTime>`,
 * file names, and comparisons with a date typed by a user (the day a person in France sees on
 * their calendar, not the UTC day of `toISOString()`).
 */
export function parisDay(d: Date = new Date()): string {
  const p = parisParts(d);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** "1er mars 2026" from a calendar date "2026-03-01" (a date without time, such as a next review date). */
export function formatDay(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new RangeError(`Date invalide : ${s}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new RangeError(`Date invalide : ${s}`);
  return `${day === 1 ? "1er" : day} ${MONTHS[month - 1]} ${year}`;
}
