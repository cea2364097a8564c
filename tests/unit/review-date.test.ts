import { describe, expect, it } from "vitest";
import { dayFromParts, dayParts, reviewFormSchema, todayInFrance } from "@/lib/schools/input";

const base = { schoolServiceId: "s1", decision: "conforme", comment: "", publicationNumber: 1 } as const;
const nextYear = String(Number(todayInFrance().slice(0, 4)) + 1);

describe("the next review date in three fields (day, month, year)", () => {
  it("reads the day, month and year as people type them, leading zeros or not", () => {
    expect(dayFromParts({ day: "5", month: "9", year: "2027" })).toEqual({ ok: true, iso: "2027-09-05" });
    expect(dayFromParts({ day: " 05 ", month: "09", year: "2027" })).toEqual({ ok: true, iso: "2027-09-05" });
    expect(dayFromParts({ day: "", month: "", year: "" })).toEqual({ ok: true, iso: "" });
  });

  it("says which field is wrong, in French", () => {
    expect(dayFromParts({ day: "5", month: "", year: "2027" })).toMatchObject({ ok: false, field: "month", message: expect.stringMatching(/jour, le mois et l'année/) });
    expect(dayFromParts({ day: "cinq", month: "9", year: "2027" })).toMatchObject({ ok: false, field: "day" });
    expect(dayFromParts({ day: "5", month: "13", year: "2027" })).toMatchObject({ ok: false, field: "month" });
    expect(dayFromParts({ day: "5", month: "9", year: "27" })).toMatchObject({ ok: false, field: "year", message: expect.stringMatching(/quatre chiffres/) });
    expect(dayFromParts({ day: "30", month: "2", year: "2027" })).toEqual({ ok: false, field: "day", message: "Cette date n'existe pas : vérifiez le jour et le mois." });
    expect(dayFromParts({ day: "0", month: "2", year: "2027" })).toMatchObject({ ok: false, field: "day" });
    expect(dayFromParts({ day: "29", month: "2", year: "2028" })).toEqual({ ok: true, iso: "2028-02-29" });
  });

  it("gives the form's output to the server action: the date as YYYY-MM-DD, the server's rules applied", () => {
    expect(reviewFormSchema.parse({ ...base, nextReview: { day: "1", month: "3", year: nextYear } })).toEqual({ ...base, nextReviewOn: `${nextYear}-03-01` });
    expect(reviewFormSchema.parse({ ...base, nextReview: { day: "", month: "", year: "" } }).nextReviewOn).toBe("");
    const past = reviewFormSchema.safeParse({ ...base, nextReview: { day: "1", month: "1", year: "2020" } });
    expect(past.error?.issues[0]).toMatchObject({ path: ["nextReview"], message: "La date de la prochaine revue ne peut pas être passée." });
    const missing = reviewFormSchema.safeParse({ ...base, nextReview: { day: "1", month: "1", year: "" } });
    expect(missing.error?.issues[0].path).toEqual(["nextReview", "year"]);
  });

  it("shows a saved date back in the three fields", () => {
    expect(dayParts("2027-09-05")).toEqual({ day: "5", month: "9", year: "2027" });
    expect(dayParts("")).toEqual({ day: "", month: "", year: "" });
    expect(dayParts(null)).toEqual({ day: "", month: "", year: "" });
  });
});
