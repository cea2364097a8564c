/**
 * French formatting. Numbers use a plain no-break space (U+00A0) as thousands separator, not the
 * narrow no-break space (U+202F) that Intl produces: PDF fonts print U+202F as a wrong glyph.
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

/** "25 novembre 2026", "1er mars 2026" (the first of the month is written as an ordinal in French). */
export function formatDate(d: Date): string {
  return d.toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" }).replace(/^1 /, "1er ");
}

/** "25/11/2026 à 14 h 32" */
export function formatDateTime(d: Date): string {
  return `${d.toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" })} à ${formatTime(d)}`;
}

/** "8 h 31": the time of day in Europe/Paris, whatever the time zone of the server or the browser. */
export function formatTime(d: Date): string {
  const [h, m] = d.toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" }).split(":");
  return `${Number(h)} h ${m}`;
}
