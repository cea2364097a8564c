/** The OpenID Connect provider of the end-to-end tests: the app's OIDC_* variables point here. */
export const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
export const OIDC_PORT = APP_PORT + 7;
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT = { id: "e2e-positionnement", secret: "e2e-oidc-secret-not-for-production-0123456789" };
export const oidcServerEnv = {
  OIDC_ISSUER,
  OIDC_CLIENT_ID: OIDC_CLIENT.id,
  OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
  OIDC_NAME: "ProConnect",
  OIDC_UAI_CLAIM: "uai",
};
