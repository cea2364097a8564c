import { describe, expect, it } from "vitest";
import {
  answerDraft,
  answerFormSchema,
  characterCountAnnouncement,
  characterCountText,
  evidenceLineErrors,
  evidenceMessage,
  toFormValues,
} from "@/lib/assessment/answer-form";
import { answerContentSchema, JUSTIFICATION_MAX } from "@/lib/assessment/answer";

const NBSP = "\u00a0";

describe("evidence errors", () => {
  it("lists every bad line, numbered as on screen (blank lines count)", () => {
    const text = "https://ok.fr/a\npas-une-adresse\n\nftp://exemple.fr/b\nhttps://ok.fr/c";
    expect(evidenceLineErrors(text)).toEqual([
      { line: 2, problem: "invalide" },
      { line: 4, problem: "invalide" },
    ]);
    expect(evidenceMessage(text)).toBe(
      "Lien de preuve invalide (ligne 2) ; lien de preuve invalide (ligne 4). Une adresse web complète est attendue (https://…), une par ligne.",
    );
  });

  it("puts the whole list on the form's evidence field, not only the first line", () => {
    const r = answerFormSchema.safeParse({ level: "2", justification: "", evidenceText: "a\nhttps://ok.fr\nb\nc", naReason: "" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.filter((i) => i.path[0] === "evidenceText").map((i) => i.message);
    expect(messages).toEqual([
      "Lien de preuve invalide (ligne 1) ; lien de preuve invalide (ligne 3) ; lien de preuve invalide (ligne 4). Une adresse web complète est attendue (https://…), une par ligne.",
    ]);
  });

  it("says when an address is too long or there are too many links", () => {
    const long = `https://exemple.fr/${"a".repeat(2000)}`;
    expect(evidenceMessage(`https://ok.fr\n${long}`)).toBe(`Adresse trop longue (ligne 2, 2${NBSP}000 caractères au plus).`);
    const eleven = Array.from({ length: 11 }, (_, i) => `https://exemple.fr/${i}`).join("\n");
    expect(evidenceMessage(eleven)).toBe("11 liens de preuve : 10 au plus.");
    expect(answerFormSchema.safeParse({ level: "1", justification: "", evidenceText: eleven, naReason: "" }).success).toBe(false);
  });

  it("is silent when every line is a web address, and agrees with the server's schema", () => {
    const text = " https://ok.fr/a \n\nhttp://ok.fr/b";
    expect(evidenceMessage(text)).toBeNull();
    expect(answerFormSchema.safeParse({ level: "1", justification: "", evidenceText: text, naReason: "" }).success).toBe(true);
    expect(answerContentSchema.safeParse({ level: 1, evidence: ["https://ok.fr/a", "http://ok.fr/b"] }).success).toBe(true);
  });
});

describe("the draft handed to the autosave", () => {
  it("has the same key as the server's answer when the form shows it unchanged", () => {
    const server = answerContentSchema.parse({ level: 3, justification: "Fait", evidence: ["https://a.fr"] });
    const values = toFormValues(server);
    const fromServer = answerDraft(toFormValues(server));
    expect(answerDraft({ ...values, evidenceText: "https://a.fr\n\n" }).key).toBe(fromServer.key);
    expect(answerDraft({ ...values, level: "2" }).key).not.toBe(fromServer.key);
  });

  it("has no answer to send when the form is invalid", () => {
    expect(answerDraft({ level: "na", justification: "", evidenceText: "", naReason: "" }).answer).toBeNull();
    expect(answerDraft({ level: "2", justification: "", evidenceText: "pas-un-lien", naReason: "" }).answer).toBeNull();
    expect(answerDraft({ level: "2", justification: "x".repeat(JUSTIFICATION_MAX + 1), evidenceText: "", naReason: "" }).answer).toBeNull();
    expect(answerDraft({ level: "2", justification: "x".repeat(JUSTIFICATION_MAX), evidenceText: "", naReason: "" }).answer).toMatchObject({ level: 2 });
  });
});

describe("character counter", () => {
  it("reads '1 234 / 5 000 caractères' with French spacing", () => {
    expect(characterCountText(1234, 5000)).toBe(`1${NBSP}234 / 5${NBSP}000 caractères`);
    expect(characterCountText(0, 2000)).toBe(`0 / 2${NBSP}000 caractères`);
  });

  it("says nothing to screen readers far from the limit, then what is left, then what is too much", () => {
    expect(characterCountAnnouncement(4499, 5000)).toBe("");
    expect(characterCountAnnouncement(4500, 5000)).toBe("Plus que 500 caractères sur 5\u00a0000.");
    expect(characterCountAnnouncement(4999, 5000)).toBe("Plus que 1 caractère sur 5\u00a0000.");
    expect(characterCountAnnouncement(5000, 5000)).toBe("Limite de 5\u00a0000 caractères atteinte.");
    expect(characterCountAnnouncement(5012, 5000)).toBe("12 caractères de trop : 5\u00a0000 au plus.");
  });
});
