/**
 * A small RFC 4180 CSV parser (quoted fields, doubled quotes, CRLF or LF line ends).
 * Enough for the reference tables and the annuaire import; no dependency.
 */
export function parseCsv(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // BOM
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

/** Rows as objects keyed by the header row. Throws if a row has the wrong number of cells. */
export function parseCsvRecords(text: string, separator = ","): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, separator);
  if (!header) return [];
  return rows.map((cells, n) => {
    if (cells.length !== header.length) {
      throw new Error(`ligne ${n + 2} : ${cells.length} colonnes au lieu de ${header.length}`);
    }
    return Object.fromEntries(header.map((h, k) => [h.trim(), cells[k]]));
  });
}

/** Serialises rows to CSV (quotes where needed), CRLF line ends, for downloads. */
export function toCsv(rows: (string | number | null | undefined)[][], separator = ","): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v == null ? "" : String(v);
    return /[",\r\n;]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(separator)).join("\r\n") + "\r\n";
}
