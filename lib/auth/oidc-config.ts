/**
 * OpenID Connect sign-in (ProConnect or any compliant provider), configured by environment variables.
 * Pure: reads an env record, returns the settings or null when OIDC is not configured.
 */
import { StartupError, type Env } from "@/lib/config";

export const DEFAULT_OIDC_SCOPES = "openid email given_name usual_name siret uid";

export type OidcSettings = {
  /** provider id in Auth.js routes: /api/auth/callback/<id> */
  id: "oidc";
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** name of the userinfo claim that carries the establishment's UAI, when the provider asserts one */
  uaiClaim: string | null;
};

export function oidcSettings(env: Env = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer && !clientId && !clientSecret) return null;
  const missing = [!issuer && "OIDC_ISSUER", !clientId && "OIDC_CLIENT_ID", !clientSecret && "OIDC_CLIENT_SECRET"].filter(Boolean);
  if (missing.length) {
    throw new StartupError(
      `Connexion OpenID Connect incomplète : définissez aussi ${missing.join(", ")} (ou aucune des trois variables OIDC_*) / incomplete OpenID Connect configuration: also set ${missing.join(", ")}`,
    );
  }
  try {
    const u = new URL(issuer!);
    if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error();
  } catch {
    throw new StartupError(`OIDC_ISSUER mal formée (« ${issuer} ») : une adresse https:// est attendue / malformed OIDC_ISSUER: an https:// URL is expected`);
  }
  const scopes = (env.OIDC_SCOPES?.trim() || DEFAULT_OIDC_SCOPES).split(/[\s,]+/).filter(Boolean);
  if (!scopes.includes("openid")) scopes.unshift("openid");
  return {
    id: "oidc",
    name: env.OIDC_NAME?.trim() || "ProConnect",
    issuer: issuer!,
    clientId: clientId!,
    clientSecret: clientSecret!,
    scopes: scopes.join(" "),
    uaiClaim: env.OIDC_UAI_CLAIM?.trim() || null,
  };
}

/** Display name from ProConnect claims (given_name + usual_name) or the standard ones. */
export function nameFromClaims(claims: Record<string, unknown>): string | null {
  const str = (k: string) => (typeof claims[k] === "string" && (claims[k] as string).trim()) || "";
  const given = str("given_name");
  const family = str("usual_name") || str("family_name");
  const full = [given, family].filter(Boolean).join(" ") || str("name");
  return full || null;
}
