import { describe, it, expect } from "vitest";
import { parseCsv, parseCsvRecords, toCsv } from "@/lib/csv";

describe("CSV", () => {
  it("parses quoted fields, doubled quotes, CRLF and a BOM", () => {
    const text = '\uFEFFa,b\r\n"x, y","il dit ""oui"""\r\n1,\r\n';
    expect(parseCsv(text)).toEqual([["a", "b"], ["x, y", 'il dit "oui"'], ["1", ""]]);
  });
  it("keeps line breaks inside quotes", () => {
    expect(parseCsv('a\n"l1\nl2"\n')).toEqual([["a"], ["l1\nl2"]]);
  });
  it("names the line with a wrong number of cells", () => {
    expect(() => parseCsvRecords("a,b\n1,2\n3\n")).toThrow("ligne 3 : 1 colonnes au lieu de 2");
  });
  it("round-trips through toCsv", () => {
    const rows = [["Code", "Nom"], ["2A", "Corse-du-Sud"], ["x", 'a "b", c']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
