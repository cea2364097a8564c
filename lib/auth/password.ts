/**
 * Password rules and hashes (argon2id). The plain password is never logged, stored or returned.
 */
import { hash, verify } from "@node-rs/argon2";

export { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, passwordError } from "./schemas";

// argon2id (the library's default algorithm), OWASP-style parameters: 19 MiB, 2 passes.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A fixed hash compared against when the account does not exist, so both cases take the same time. */
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("mot de passe factice pour égaliser le temps de réponse");
  await verifyPassword(await dummyHash, password);
  return false;
}
