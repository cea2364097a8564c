import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatInteger, formatLongDateTime, formatShortDate, formatTime, parisDay } from "@/lib/format";

const ZONE_AT_START = process.env.TZ;
afterEach(() => {
  if (ZONE_AT_START === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE_AT_START;
});

describe("French formats", () => {
  it("writes dates in words, the first of the month as « 1er », in Paris time", () => {
    expect(formatDate(new Date("2026-11-25T12:00:00Z"))).toBe("25 novembre 2026");
    expect(formatDate(new Date("2026-03-01T12:00:00Z"))).toBe("1er mars 2026");
    expect(formatDate(new Date("2026-03-11T12:00:00Z"))).toBe("11 mars 2026");
    expect(formatDate(new Date("2026-08-21T12:00:00Z"))).toBe("21 août 2026");
    // 23:30 UTC on 31 May is already 1 June in Paris.
    expect(formatDate(new Date("2026-05-31T23:30:00Z"))).toBe("1er juin 2026");
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("1er janvier 2027");
  });

  it("writes times as « à 14 h 32 » and thousands with a no-break space the PDF fonts can print", () => {
    expect(formatDateTime(new Date("2026-05-04T09:30:00Z"))).toBe("04/05/2026 à 11 h 30");
    expect(formatInteger(1234567)).toBe("1\u00a0234\u00a0567");
  });

  it("writes the hour without a leading zero, midnight as 0 h, and seconds on demand", () => {
    expect(formatTime(new Date("2026-12-02T07:31:00Z"))).toBe("8 h 31");
    expect(formatTime(new Date("2026-12-01T23:05:09Z"))).toBe("0 h 05");
    expect(formatTime(new Date("2026-12-01T23:05:09Z"), { seconds: true })).toBe("0 h 05 min 09 s");
    expect(formatDateTime(new Date("2026-12-01T23:05:09Z"), { seconds: true })).toBe("02/12/2026 à 0 h 05 min 09 s");
    expect(formatLongDateTime(new Date("2026-12-01T07:31:00Z"))).toBe("1er décembre 2026 à 8 h 31");
    expect(formatShortDate(new Date("2026-12-01T23:05:09Z"))).toBe("02/12/2026");
  });

  it("follows the summer time changes of Paris (last Sundays of March and October)", () => {
    // 29 March 2026: at 01:00 UTC, Paris goes from 2 h (CET, UTC+1) to 3 h (CEST, UTC+2).
    expect(formatTime(new Date("2026-03-29T00:59:00Z"))).toBe("1 h 59");
    expect(formatTime(new Date("2026-03-29T01:00:00Z"))).toBe("3 h 00");
    expect(formatDateTime(new Date("2026-03-28T23:30:00Z"))).toBe("29/03/2026 à 0 h 30");
    // 25 October 2026: at 01:00 UTC, Paris goes back from 3 h to 2 h: 2 h 30 happens twice.
    expect(formatTime(new Date("2026-10-25T00:30:00Z"))).toBe("2 h 30");
    expect(formatTime(new Date("2026-10-25T01:30:00Z"))).toBe("2 h 30");
    expect(formatTime(new Date("2026-10-25T02:30:00Z"))).toBe("3 h 30");
    // Summer: UTC+2; winter: UTC+1.
    expect(formatTime(new Date("2026-07-14T06:31:00Z"))).toBe("8 h 31");
    expect(formatTime(new Date("2026-12-02T07:31:00Z"))).toBe("8 h 31");
  });

  it("gives the calendar day in Paris (for <time dateTime>, file names, « today »), not the UTC day", () => {
    expect(parisDay(new Date("2026-05-31T23:30:00Z"))).toBe("2026-06-01");
    expect(parisDay(new Date("2026-06-01T21:59:00Z"))).toBe("2026-06-01");
    expect(parisDay(new Date("2026-06-01T22:00:00Z"))).toBe("2026-06-02");
    expect(parisDay(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });

  it("writes a calendar date (YYYY-MM-DD) in words, with no time zone involved", () => {
    expect(formatDay("2026-03-01")).toBe("1er mars 2026");
    expect(formatDay("2026-12-31")).toBe("31 décembre 2026");
    expect(() => formatDay("31/12/2026")).toThrow(RangeError);
  });

  it.each(["UTC", "America/Cayenne", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"])("gives the same text when the process runs in %s", (zone) => {
    const instant = new Date("2026-12-01T23:31:00Z"); // 2 December, 0 h 31 in Paris
    const summer = new Date("2026-07-31T22:31:00Z"); // 1 August, 0 h 31 in Paris
    process.env.TZ = zone;
    // The zone did change for the process (the local hour is not Paris's, except by chance).
    const offsetMinutes = -instant.getTimezoneOffset();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    expect(offsetMinutes).not.toBe(60);
    expect(formatDate(instant)).toBe("2 décembre 2026");
    expect(formatDate(summer)).toBe("1er août 2026");
    expect(formatTime(instant)).toBe("0 h 31");
    expect(formatDateTime(instant)).toBe("02/12/2026 à 0 h 31");
    expect(formatDateTime(summer)).toBe("01/08/2026 à 0 h 31");
    expect(formatShortDate(summer)).toBe("01/08/2026");
    expect(parisDay(instant)).toBe("2026-12-02");
    expect(formatDay("2026-03-01")).toBe("1er mars 2026");
  });

  it("refuses an invalid date instead of printing « NaN »", () => {
    expect(() => formatDate(new Date("not a date"))).toThrow(RangeError);
  });
});
