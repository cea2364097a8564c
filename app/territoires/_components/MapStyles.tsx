import type { StyleKey } from "@/lib/territory";
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

/** Pattern definitions, rendered once per page that shows swatches or the map. */
export function MapPatternDefs() {
  return (
    <svg className={css.defs} aria-hidden="true" focusable="false">
      <defs>
        <pattern id="motif-s2" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#6a6af4" />
          <rect width="2" height="6" fill="#ffffff" />
        </pattern>
        <pattern id="motif-s3" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill="#cacafb" />
          <circle cx="2.5" cy="2.5" r="1.2" fill="#000091" />
        </pattern>
        <pattern id="motif-s4" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#eeeeee" />
          <rect width="6" height="1.2" fill="#666666" />
          <rect width="1.2" height="6" fill="#666666" />
        </pattern>
        <pattern id="motif-autre" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#fcc63a" />
          <rect width="6" height="1.5" fill="#716043" />
        </pattern>
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
