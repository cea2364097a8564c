import { describe, it, expect } from "vitest";
import { isValidSiren, isValidUai, normalizeUai, sirenError, uaiError } from "@/lib/identifiers";

describe("UAI", () => {
  it.each(["0260015A", "0261088S", "0380105H", "0380106J", "0260015a"])("accepts the real UAI %s", (uai) => {
    expect(uaiError(uai)).toBeNull();
  });

  it("names the expected check letter when it is wrong", () => {
    expect(uaiError("0260015B")).toBe("La lettre de contrôle du numéro UAI ne correspond pas : pour 0260015, la lettre attendue est A.");
  });

  it.each(["026001A", "02600150", "ABCDEFGH", ""])("refuses the malformed %j", (uai) => {
    expect(uaiError(uai)).toMatch(/7 chiffres suivis d'une lettre/);
  });

  it("normalises case and spaces", () => {
    expect(normalizeUai(" 0380106j ")).toBe("0380106J");
    expect(isValidUai(" 0380106j ")).toBe(true);
  });
});

describe("SIREN", () => {
  it.each(["900000019", "130 025 265", "552100554"])("accepts %s", (siren) => {
    expect(sirenError(siren)).toBeNull();
  });
  it("refuses a wrong Luhn key", () => {
    expect(isValidSiren("900000018")).toBe(false);
    expect(sirenError("900000018")).toMatch(/clé de contrôle/);
  });
  it("refuses a wrong length", () => {
    expect(sirenError("12345")).toBe("Le numéro SIREN doit comporter exactement 9 chiffres.");
  });
});
