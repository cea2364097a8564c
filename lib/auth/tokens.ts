/** Single-use tokens (invitations): random, shown once, stored only as a SHA-256 hash. */
import crypto from "node:crypto";

export function newToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;
