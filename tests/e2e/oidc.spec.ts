/**
 * Sign-in through a real OpenID Connect provider (oidc-provider) started here on localhost, with
 * ProConnect's scopes and an establishment claim: the app's OIDC_* variables point at it
 * (playwright.config.ts, tests/e2e/oidc-env.ts).
 */
import { test, expect } from "./fixtures";
import type { Server } from "node:http";
import Provider from "oidc-provider";
import { expectNoAxeViolations } from "./axe";
import { APP_PORT, OIDC_CLIENT, OIDC_ISSUER, OIDC_PORT } from "./oidc-env";

const people: Record<string, Record<string, string>> = {
  "agent-proconnect-1": {
    email: "Claire.Dupont@Education.example",
    given_name: "Claire",
    usual_name: "Dupont",
    siret: "13002526500013",
    uid: "agent-proconnect-1",
    uai: "0261088S",
  },
};

let server: Server;

test.beforeAll(async () => {
  const provider = new Provider(OIDC_ISSUER, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [`http://127.0.0.1:${APP_PORT}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    // ProConnect's scopes, each giving the claim of the same name; "uai" stands for the establishment claim.
    claims: { openid: ["sub"], email: ["email"], given_name: ["given_name"], usual_name: ["usual_name"], siret: ["siret"], uid: ["uid", "uai"] },
    scopes: ["openid", "email", "given_name", "usual_name", "siret", "uid"],
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, ...(people[sub] ?? { email: `${sub}@exemple.fr`, given_name: sub, usual_name: "Inconnu" }) }),
    }),
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
  });
  provider.proxy = false;
  for (const event of ["grant.error", "server_error", "authorization.error", "userinfo.error"]) {
    provider.on(event, (_ctx: unknown, err: Error & { error_description?: string; error_detail?: string }) => console.log(`[oidc-provider] ${event}: ${err.message} ${err.error_description ?? ""} ${err.error_detail ?? ""}`));
  }
  await new Promise<void>((resolve) => {
    server = provider.listen(OIDC_PORT, "127.0.0.1", () => resolve()) as unknown as Server;
  });
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

test("signs in through the OpenID Connect provider; the asserted establishment is attached at once", async ({ page, consoleErrors }) => {
  // The test provider's own login page (oidc-provider's development views, not ours) asks Google Fonts, out of reach here.
  consoleErrors.allow(/fonts\.googleapis\.com.*— page http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.goto("/connexion");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Se connecter avec ProConnect" }).click();

  // The provider's own (development) login and consent pages.
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${OIDC_PORT}/interaction/`));
  await page.locator('input[name="login"]').fill("agent-proconnect-1");
  await page.locator('input[name="password"]').fill("peu importe");
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]', { hasText: /continue/i }).click();

  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${APP_PORT}/espace$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon espace");
  await expect(page.getByText("claire.dupont@education.example")).toBeVisible();
  await expect(page.locator("header.fr-header").getByRole("link", { name: "Mon espace (Claire Dupont)" }).first()).toBeAttached();
  await expect(page.getByText(/UAI 0261088S/)).toBeVisible();
  await expectNoAxeViolations(page);
});
