import { describe, it, expect } from "vitest";
import { ACCOUNT_RULE, combine, decide, rateLimitMessage } from "@/lib/auth/rate-limit";

const now = new Date("2026-03-10T13:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("rate limiting", () => {
  it("allows up to 4 recent failures, locks at the 5th until the oldest of them leaves the window", () => {
    expect(decide([1, 2, 3, 4].map(minutesAgo), now, ACCOUNT_RULE)).toEqual({ allowed: true });
    const d = decide([1, 2, 3, 4, 10].map(minutesAgo), now, ACCOUNT_RULE);
    expect(d).toEqual({ allowed: false, retryAt: new Date(minutesAgo(10).getTime() + 15 * 60_000) });
  });

  it("ignores failures older than the window", () => {
    expect(decide([1, 2, 3, 4, 16, 20].map(minutesAgo), now, ACCOUNT_RULE)).toEqual({ allowed: true });
  });

  it("with more failures than the limit, waits for enough of them to expire", () => {
    const d = decide([1, 2, 3, 4, 5, 6, 7].map(minutesAgo), now, ACCOUNT_RULE);
    // the 5th most recent (5 minutes ago) must leave the window: in 10 minutes
    expect(d).toEqual({ allowed: false, retryAt: new Date(now.getTime() + 10 * 60_000) });
  });

  it("combines keys: the latest retry time wins", () => {
    const a = { allowed: false as const, retryAt: new Date(1000) };
    const b = { allowed: false as const, retryAt: new Date(5000) };
    expect(combine({ allowed: true }, a, b)).toEqual(b);
    expect(combine({ allowed: true }, { allowed: true })).toEqual({ allowed: true });
  });

  it("says in French when to retry, in Paris time", () => {
    expect(rateLimitMessage(new Date("2026-03-10T13:12:00Z"), now)).toBe(
      "Trop de tentatives de connexion infructueuses. Par sécurité, la connexion est suspendue : réessayez à 14 h 12 (dans 12 minutes).",
    );
    expect(rateLimitMessage(new Date("2026-03-10T13:00:20Z"), now)).toMatch(/dans 1 minute\)\.$/);
  });
});
