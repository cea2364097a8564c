import { describe, it, expect } from "vitest";
import { hashPassword, passwordError, verifyPassword } from "@/lib/auth/password";
import { signInSchema, signUpSchema } from "@/lib/auth/schemas";

describe("password rules", () => {
  it("refuses fewer than 12 characters with a French message giving the count", () => {
    expect(passwordError("court")).toBe(
      "Le mot de passe doit comporter au moins 12 caractères (il en a 5). Une phrase de plusieurs mots est plus facile à retenir.",
    );
    expect(passwordError("douze-carac")).toMatch(/au moins 12 caractères \(il en a 11\)/);
    expect(passwordError("douze-caract")).toBeNull();
  });

  it("counts characters, not bytes (accents and emoji)", () => {
    expect(passwordError("éééééééééééé")).toBeNull();
    expect(passwordError("🙂".repeat(11))).toMatch(/il en a 11/);
  });

  it("refuses more than 128 characters", () => {
    expect(passwordError("a".repeat(129))).toBe("Le mot de passe doit comporter au plus 128 caractères.");
  });

  it("the sign-up schema applies the rule; sign-in only asks for a password", () => {
    const r = signUpSchema.safeParse({ name: "Camille Martin", email: "Camille@Exemple.FR ", password: "court" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain(passwordError("court"));
    const ok = signUpSchema.parse({ name: "Camille Martin", email: " Camille@Exemple.FR ", password: "une phrase assez longue" });
    expect(ok.email).toBe("camille@exemple.fr");
    expect(signInSchema.safeParse({ email: "a@b.fr", password: "x" }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "pas-une-adresse", password: "x" }).error?.issues[0].message).toMatch(/Adresse électronique invalide/);
  });
});

describe("argon2id hashes", () => {
  it("hashes with argon2id, salted, and verifies only the right password", async () => {
    const a = await hashPassword("une phrase assez longue");
    const b = await hashPassword("une phrase assez longue");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("une phrase");
    expect(await verifyPassword(a, "une phrase assez longue")).toBe(true);
    expect(await verifyPassword(a, "une phrase assez longuE")).toBe(false);
    expect(await verifyPassword("pas un hash", "x")).toBe(false);
  });
});
