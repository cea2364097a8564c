import type { Locator } from "@playwright/test";
import { expect } from "./fixtures";

/** The next review date of the decision form: three fields (day, month, year), as a person types them. */
export function nextReviewGroup(form: Locator) {
  return form.getByRole("group", { name: /^Date de la prochaine revue \(facultatif\)/ });
}

/** Types "YYYY-MM-DD" into the day, month and year fields (without leading zeros, as people type). */
export async function fillNextReview(form: Locator, iso: string) {
  const [year, month, day] = iso.split("-");
  const group = nextReviewGroup(form);
  await group.getByLabel("Jour").fill(String(Number(day)));
  await group.getByLabel("Mois").fill(String(Number(month)));
  await group.getByLabel("Année").fill(year);
}

/** The three fields show this date ("YYYY-MM-DD"), or are empty for "". */
export async function expectNextReview(form: Locator, iso: string) {
  const [year, month, day] = iso ? iso.split("-") : ["", "", ""];
  const group = nextReviewGroup(form);
  await expect(group.getByLabel("Jour")).toHaveValue(day ? String(Number(day)) : "");
  await expect(group.getByLabel("Mois")).toHaveValue(month ? String(Number(month)) : "");
  await expect(group.getByLabel("Année")).toHaveValue(year);
}
