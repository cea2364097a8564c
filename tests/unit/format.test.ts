import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatInteger } from "@/lib/format";

describe("French formats", () => {
  it("writes dates in words, the first of the month as « 1er », in Paris time", () => {
    expect(formatDate(new Date("2026-11-25T12:00:00Z"))).toBe("25 novembre 2026");
    expect(formatDate(new Date("2026-03-01T12:00:00Z"))).toBe("1er mars 2026");
    expect(formatDate(new Date("2026-03-11T12:00:00Z"))).toBe("11 mars 2026");
    // 23:30 UTC on 31 May is already 1 June in Paris.
    expect(formatDate(new Date("2026-05-31T23:30:00Z"))).toBe("1er juin 2026");
  });

  it("writes times as « à 14 h 32 » and thousands with a no-break space the PDF fonts can print", () => {
    expect(formatDateTime(new Date("2026-05-04T09:30:00Z"))).toBe("04/05/2026 à 11 h 30");
    expect(formatInteger(1234567)).toBe("1\u00a0234\u00a0567");
  });
});
