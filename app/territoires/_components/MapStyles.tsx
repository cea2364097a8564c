import type { StyleKey } from "@/lib/territory";
import { INSET_VIEWBOX, MAP_VIEWBOX } from "@/lib/territory-map";
import css from "../territoires.module.css";

/**
 * Fills of the map states (DSFR bleu France scale, then grey), each with its own pattern so the
 * states stay apart for colour-blind users and in grey-scale prints. The colour after each pattern
 * is its background, used should a browser not find the pattern from a map shape drawn by `<use>`.
 */
export const FILLS: Record<StyleKey | "nd", string> = {
  s1: "#000091",
  s2: "url(#motif-s2) #6a6af4",
  s3: "url(#motif-s3) #cacafb",
  s4: "url(#motif-s4) #eeeeee",
  autre: "url(#motif-autre) #fcc63a",
  nd: "#ffffff",
};

/**
 * The inset draws Paris and the petite couronne some eight times larger than the map (same user
 * units, a smaller viewBox, half the width on screen): its patterns are scaled down by as much,
 * so that the hatching looks the same in both.
 */
const INSET_PATTERN_SCALE = (() => {
  const width = (viewBox: string) => Number(viewBox.split(" ")[2]);
  // rendered widths: 40rem for the map, 16rem for the inset (territoires.module.css)
  return Math.round(((width(INSET_VIEWBOX) / 16) / (width(MAP_VIEWBOX) / 40)) * 1000) / 1000;
})();

/** The inset's fill of a state: the same colour, the scaled-down pattern. */
export const insetFill = (fill: string) => fill.replace("url(#motif-", "url(#motif-inset-");

function Patterns({ prefix, scale }: { prefix: string; scale?: number }) {
  const t = (rotate: boolean) => [scale ? `scale(${scale})` : "", rotate ? "rotate(45)" : ""].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <pattern id={`${prefix}s2`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={t(true)}>
        <rect width="6" height="6" fill="#6a6af4" />
        <rect width="2" height="6" fill="#ffffff" />
      </pattern>
      <pattern id={`${prefix}s3`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform={t(false)}>
        <rect width="5" height="5" fill="#cacafb" />
        <circle cx="2.5" cy="2.5" r="1.2" fill="#000091" />
      </pattern>
      <pattern id={`${prefix}s4`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={t(true)}>
        <rect width="6" height="6" fill="#eeeeee" />
        <rect width="6" height="1.2" fill="#666666" />
        <rect width="1.2" height="6" fill="#666666" />
      </pattern>
      <pattern id={`${prefix}autre`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={t(false)}>
        <rect width="6" height="6" fill="#fcc63a" />
        <rect width="6" height="1.5" fill="#716043" />
      </pattern>
    </>
  );
}

/** Pattern definitions, rendered once per page that shows swatches or the map (the inset's too). */
export function MapPatternDefs() {
  return (
    <svg className={css.defs} aria-hidden="true" focusable="false">
      <defs>
        <Patterns prefix="motif-" />
        <Patterns prefix="motif-inset-" scale={INSET_PATTERN_SCALE} />
      </defs>
    </svg>
  );
}

/** Swatch's markup, for the blocks written as strings (the map's legend and lists). */
export function swatchMarkup(style: StyleKey | "nd"): string {
  const dash = style === "nd" ? ' stroke-dasharray="3 2"' : "";
  return (
    `<svg class="${css.swatch}" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">` +
    `<rect x="0.5" y="0.5" width="27" height="17" fill="${FILLS[style]}" stroke="#3a3a3a" stroke-width="1"${dash}></rect></svg>`
  );
}

/** A small sample of a state's fill, for the legend and lists; decorative (the text says the state). */
export function Swatch({ style }: { style: StyleKey | "nd" }) {
  return (
    <svg className={css.swatch} width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
      <rect
        x="0.5"
        y="0.5"
        width="27"
        height="17"
        fill={FILLS[style]}
        stroke="#3a3a3a"
        strokeWidth="1"
        strokeDasharray={style === "nd" ? "3 2" : undefined}
      />
    </svg>
  );
}
