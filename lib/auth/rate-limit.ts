/**
 * Rate limiting of failed password sign-ins, per account (e-mail) and per client address.
 * Pure: given the times of recent failures, says whether a new attempt is allowed and when to retry.
 */
import { formatTime } from "../format";

export type RateLimitRule = { maxFailures: number; windowMs: number };

/** 5 failures in 15 minutes lock an account for the rest of that window; 20 for an address. */
export const ACCOUNT_RULE: RateLimitRule = { maxFailures: 5, windowMs: 15 * 60_000 };
export const ADDRESS_RULE: RateLimitRule = { maxFailures: 20, windowMs: 15 * 60_000 };

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * `failures`: times of failed attempts counted for this key (for an account, only those after its last
 * success). Locked when the window holds `maxFailures` failures or more; the lock ends when the oldest
 * failure that keeps the count at the limit leaves the window.
 */
export function decide(failures: readonly Date[], now: Date, rule: RateLimitRule): RateLimitDecision {
  const since = now.getTime() - rule.windowMs;
  const recent = failures.map((d) => d.getTime()).filter((t) => t > since && t <= now.getTime()).sort((a, b) => b - a);
  if (recent.length < rule.maxFailures) return { allowed: true };
  // The (maxFailures)-th most recent failure must leave the window for the count to drop below the limit.
  return { allowed: false, retryAt: new Date(recent[rule.maxFailures - 1] + rule.windowMs) };
}

/** The later of two decisions' retry times (both keys must allow). */
export function combine(...decisions: RateLimitDecision[]): RateLimitDecision {
  const locked = decisions.filter((d): d is { allowed: false; retryAt: Date } => !d.allowed);
  if (locked.length === 0) return { allowed: true };
  return { allowed: false, retryAt: new Date(Math.max(...locked.map((d) => d.retryAt.getTime()))) };
}

/** "Trop de tentatives… Réessayez à 14 h 32 (dans 12 minutes)." in Europe/Paris time. */
export function rateLimitMessage(retryAt: Date, now: Date = new Date()): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  const time = formatTime(retryAt);
  return `Trop de tentatives de connexion infructueuses. Par sécurité, la connexion est suspendue : réessayez à ${time} (dans ${minutes} minute${minutes > 1 ? "s" : ""}).`;
}
