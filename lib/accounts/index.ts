/**
 * The database side of access control: accounts and sign-in (./users), organisations and their
 * members (./organisations), invitations (./invitations), schools' heads and their claims
 * (./claims). No Next.js here: procedures (lib/procedures) call these functions after parsing
 * their input (lib/auth/schemas) and asking the policy (lib/authz). Writes that belong together
 * run in one transaction, with their event in the audit log (lib/audit); refusals are a
 * `Result` (lib/result).
 */
import "server-only";

export * from "./users";
export * from "./organisations";
export * from "./invitations";
export * from "./claims";
