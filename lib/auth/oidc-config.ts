/**
 * OpenID Connect sign-in (ProConnect or any compliant provider), configured by the OIDC_* environment
 * variables, which env.ts validates (an incomplete configuration stops the start-up).
 */
import { env, parseEnv, type Env, type OidcSettings } from "@/env";

export { DEFAULT_OIDC_SCOPES, type OidcSettings } from "@/env";

/** The OIDC settings of this process (validated at start-up in env.ts), or of the given record (tests); null when OIDC is not configured. */
export function oidcSettings(record?: Env): OidcSettings | null {
  return record ? parseEnv(record).oidc : env.oidc;
}

/** Display name from ProConnect claims (given_name + usual_name) or the standard ones. */
export function nameFromClaims(claims: Record<string, unknown>): string | null {
  const str = (k: string) => (typeof claims[k] === "string" && (claims[k] as string).trim()) || "";
  const given = str("given_name");
  const family = str("usual_name") || str("family_name");
  const full = [given, family].filter(Boolean).join(" ") || str("name");
  return full || null;
}
