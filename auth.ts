/**
 * Auth.js (next-auth v5) glue: e-mail + password (Credentials) and, when configured, OpenID Connect
 * (ProConnect). Sessions are signed JWT cookies; who the user is and what they may do is read from
 * the database on each request (lib/accounts.loadActor), never trusted from the cookie alone.
 * The configuration is lazy: `next build` imports this module without opening the database.
 */
import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { OIDCConfig } from "next-auth/providers";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { cache } from "react";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { signInSchema } from "@/lib/auth/schemas";
import { approveClaimFromProvider, linkProviderAccount, loadActor, signInWithPassword } from "@/lib/accounts";
import { audit } from "@/lib/audit";
import { nameFromClaims, oidcSettings } from "@/lib/auth/oidc-config";
import type { Actor } from "@/lib/authz";

/** Session lifetime: 8 hours, renewed while the user is active (at most once an hour). */
export const SESSION_MAX_AGE_S = 8 * 3600;

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/** The client address: the last hop added by the server or a trusted reverse proxy. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last || headers.get("x-real-ip") || "inconnue";
}

function oidcProvider(): OIDCConfig<Record<string, unknown>>[] {
  const s = oidcSettings();
  if (!s) return [];
  return [
    {
      id: s.id,
      name: s.name,
      type: "oidc",
      issuer: s.issuer,
      clientId: s.clientId,
      clientSecret: s.clientSecret,
      authorization: { params: { scope: s.scopes } },
      checks: ["pkce", "state", "nonce"],
      // ProConnect gives the claims at the userinfo endpoint (as a signed JWT), not in the id_token.
      idToken: false,
      // The provider vouches for the address: an existing account with this e-mail is linked.
      allowDangerousEmailAccountLinking: true,
      profile(claims) {
        const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null;
        return { id: String(claims.sub), name: nameFromClaims(claims), email, image: null };
      },
    },
  ];
}

function config(): NextAuthConfig {
  const db = getDb();
  return {
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: 3600 },
    trustHost: true,
    pages: { signIn: "/connexion", error: "/connexion" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        authorize: async (raw, request) => {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) return null;
          const outcome = await signInWithPassword(db, parsed.data, clientAddress(request.headers));
          if (outcome.status === "rate-limited") throw new RateLimited();
          if (outcome.status !== "ok") return null;
          return outcome.user;
        },
      }),
      ...oidcProvider(),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
      async signIn({ user, account }) {
        // An OIDC sign-in needs an e-mail (to find or create the account).
        if (account?.type === "oidc" && !user.email) return "/connexion?erreur=oidc-sans-courriel";
        return true;
      },
    },
    events: {
      async linkAccount({ user, account }) {
        if (user.id) await linkProviderAccount(db, user.id, account.provider);
      },
      async signIn({ user, account, profile }) {
        if (account?.type !== "oidc" || !user.id) return;
        await audit(db, { actorUserId: user.id, action: "auth.sign-in", subjectType: "user", subjectId: user.id, details: { method: "oidc", provider: account.provider } });
        // The establishment asserted by the provider (OIDC_UAI_CLAIM): the head's claim is approved at once.
        const claim = oidcSettings()?.uaiClaim;
        const asserted = claim && profile && typeof profile[claim] === "string" ? (profile[claim] as string) : null;
        if (asserted) await approveClaimFromProvider(db, user.id, asserted, account.provider);
      },
      async signOut(message) {
        const uid = "token" in message ? message.token?.uid : undefined;
        if (typeof uid === "string") await audit(db, { actorUserId: uid, action: "auth.sign-out", subjectType: "user", subjectId: uid });
      },
    },
    logger: {
      // A wrong password is an expected event, recorded in the audit log: no stack trace in the server log.
      error(error) {
        const name = (error as { type?: string }).type ?? error.name;
        if (name === "CredentialsSignin") return;
        // The provider's answer (OAuth error code and description) helps the operator; never a token.
        const cause = (error as { cause?: { err?: Error } | Error }).cause;
        const err = (cause && "err" in cause && cause.err ? cause.err : cause instanceof Error ? cause : null) as (Error & { error?: string; error_description?: string }) | null;
        const detail = err ? [err.message, err.error, err.error_description].filter(Boolean).join(" / ") : "";
        console.error(`[auth][error] ${name}: ${error.message.split(". Read more")[0]}${detail ? ` — ${detail}` : ""}`);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());

/**
 * The current actor (anonymous when signed out or when the account no longer exists), read once
 * per request: a page, its layout and its header ask for it, and it costs three queries.
 */
export const currentActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  return loadActor(getDb(), session?.user?.id);
});

export const oidcButton = () => {
  const s = oidcSettings();
  return s ? { id: s.id, name: s.name } : null;
};
