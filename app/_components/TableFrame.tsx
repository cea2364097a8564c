"use client";
/**
 * The DSFR table markup (wrapper, scroll container, caption) around a table, readable at any
 * width (RGAA 10.11):
 * - when the table is wider than the page, its container scrolls horizontally, says so in a
 *   visible hint ("Faites défiler le tableau horizontalement") and is a focusable region named
 *   after the table, so a keyboard user scrolls it with the arrow keys;
 * - with `stack`, below 48em each row becomes a card of "Label : value" lines (cells carry
 *   `data-label`), for list-like tables whose columns would not fit a phone anyway.
 * Without JavaScript the container is focusable and the hint shown; once the page runs, both
 * follow whether the table actually overflows.
 */
import { useEffect, useId, useRef, useState } from "react";
import css from "./TableFrame.module.css";


export const SCROLL_HINT = "Faites défiler le tableau horizontalement pour voir toutes les colonnes.";

type Props = {
  /** the table's title: visible above the table and read as its <caption> */
  caption?: React.ReactNode;
  /** the accessible name of the scroll region (defaults to the caption when it is a string) */
  label?: string;
  /** same as `label` (the name ScorePanel passes) */
  scrollLabel?: string;
  /** keep the caption for screen readers only (a heading already titles the table) */
  hideCaption?: boolean;
  /** stacked rows below 48em */
  stack?: boolean;
  bordered?: boolean;
  className?: string;
  /** data-testid of the <table> */
  testId?: string;
  /** the whole <table> as HTML, its <caption> included (pages that write large tables as one string); `caption` is then only the visible title */
  html?: string;
  children?: React.ReactNode;
};

/** Table roles written out, so that the stacked layout (display: block) keeps the table semantics in every browser. */
function setTableRoles(table: HTMLTableElement) {
  table.setAttribute("role", "table");
  for (const g of table.querySelectorAll(":scope > thead, :scope > tbody, :scope > tfoot")) g.setAttribute("role", "rowgroup");
  for (const tr of table.rows) {
    tr.setAttribute("role", "row");
    for (const cell of tr.cells) {
      const scope = cell.getAttribute("scope");
      cell.setAttribute("role", cell.tagName === "TH" ? (scope === "row" ? "rowheader" : "columnheader") : "cell");
    }
  }
}

export function TableFrame({ caption, label, scrollLabel, hideCaption = false, stack = false, bordered = false, className, testId, html, children }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const hintId = useId();
  // Server render and first paint: as if the table overflowed (right without JavaScript).
  const [overflows, setOverflows] = useState(true);
  const name = label ?? scrollLabel ?? (typeof caption === "string" ? caption : "Tableau");

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    // Exactly as axe (scrollable-region-focusable) and the browser see it: one pixel is a scroll.
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    const table = el.querySelector("table");
    if (table) observer.observe(table);
    return () => observer.disconnect();
    // Once per table: the observer sees every later change of size. Run after every render (no
    // dependencies), each new observer measured at once and set the state again, which, on a
    // form that renders on every keystroke (the live scores), chained renders until React gave up
    // ("Maximum update depth exceeded"). `html` replaces the <table> element: observe the new one.
  }, [html]);

  useEffect(() => {
    const table = container.current?.querySelector("table");
    if (stack && table) setTableRoles(table);
  });

  const classes = ["fr-table", "fr-table--no-caption", css.frame, bordered ? "fr-table--bordered" : "", stack ? css.stack : "", className ?? ""].filter(Boolean).join(" ");
  const region = overflows ? { tabIndex: 0, role: "region", "aria-label": name, "aria-describedby": hintId } : {};
  return (
    <div className={classes}>
      {caption && !hideCaption && (
        <p className={css.title} aria-hidden="true">
          {caption}
        </p>
      )}
      <p id={hintId} className={`fr-hint-text ${css.hint}`} hidden={!overflows}>
        <span className="fr-icon-arrow-right-line fr-icon--sm" aria-hidden="true" /> {SCROLL_HINT}
      </p>
      <div className="fr-table__wrapper">
        <div ref={container} className="fr-table__container" {...region}>
          {html ? (
            <div className="fr-table__content" dangerouslySetInnerHTML={{ __html: html }} />
          ) : (
            <div className="fr-table__content">
              <table data-testid={testId}>
                {caption && <caption>{caption}</caption>}
                {children}
              </table>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** A table of plain texts (headers and rows of strings) in a TableFrame; the first cell of each row heads it. */
export function SimpleTable({ headers, rows, ...frame }: Omit<Props, "children" | "html"> & { headers: string[]; rows: React.ReactNode[][] }) {
  return (
    <TableFrame {...frame}>
      <thead>
        <tr>
          {headers.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th scope="row" key={j} data-label={headers[0]}>
                  {cell}
                </th>
              ) : (
                <td key={j} data-label={headers[j]}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
