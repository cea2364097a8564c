/** Small text helpers shared by loaders and pages. */

/** "Généralisation à 100 %" -> "generalisation-a-100": stable ids from French labels. */
export function slugify(input: string): string {
  return input
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Integer from a CSV cell; empty cell -> null; anything else non-numeric throws. */
export function parseOptionalInt(cell: string, what: string): number | null {
  const s = cell.trim();
  if (s === "") return null;
  if (!/^-?\d+$/.test(s)) throw new Error(`${what} : « ${cell} » n'est pas un nombre entier`);
  return Number(s);
}
