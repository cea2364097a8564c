/**
 * French identifiers: UAI (school) and SIREN (organisation), with their check rules.
 */

/** Check letters of the UAI: the alphabet without I, O and Q (23 letters). */
const UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

/** Normalises a UAI as typed ("0260015a", " 0260015A ") to its canonical form ("0260015A"). */
export function normalizeUai(input: string): string {
  return input.trim().toUpperCase();
}

/**
 * UAI: 7 characters (digits, or for some territories a leading digit pair with letters is not used
 * here: public collèges and lycées are 7 digits) and a check letter = UAI_LETTERS[number mod 23].
 * Returns null when valid, else a French message.
 */
export function uaiError(input: string): string | null {
  const uai = normalizeUai(input);
  if (!/^\d{7}[A-Z]$/.test(uai)) {
    return "Le numéro UAI doit comporter 7 chiffres suivis d'une lettre (par exemple 0260015A).";
  }
  const expected = UAI_LETTERS[Number(uai.slice(0, 7)) % 23];
  if (uai[7] !== expected) {
    return `La lettre de contrôle du numéro UAI ne correspond pas : pour ${uai.slice(0, 7)}, la lettre attendue est ${expected}.`;
  }
  return null;
}

export const isValidUai = (input: string) => uaiError(input) === null;

/** SIREN: 9 digits with a Luhn check. Returns null when valid, else a French message. */
export function sirenError(input: string): string | null {
  const siren = input.replace(/\s/g, "");
  if (!/^\d{9}$/.test(siren)) return "Le numéro SIREN doit comporter exactement 9 chiffres.";
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(siren[8 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0 ? null : "Ce numéro SIREN n'est pas valide : la clé de contrôle ne correspond pas. Vérifiez les 9 chiffres.";
}

export const isValidSiren = (input: string) => sirenError(input) === null;
