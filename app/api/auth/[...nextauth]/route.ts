import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { env } from "@/env";

/**
 * `next start` gives route handlers a request URL on "localhost" (NextURL turns 127.0.0.1 into
 * localhost, and uses the bound host), while server actions build Auth.js URLs from the Host header:
 * the OIDC redirect_uri then differs between the authorization request and the token request
 * ("redirect_uri mismatch"). Without AUTH_URL, the URL is rebuilt from the forwarded host (trusted,
 * as AUTH_TRUST_HOST says) in a plain Request, which keeps it as is; with AUTH_URL, Auth.js uses it.
 */
function withRequestHost(req: NextRequest): NextRequest {
  if (env.AUTH_URL) return req;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!host) return req;
  const current = new URL(req.url);
  const proto = (req.headers.get("x-forwarded-proto") ?? current.protocol.replace(/:$/, "")).split(",")[0].trim();
  const url = new URL(`${current.pathname}${current.search}`, `${proto}://${host}`);
  if (url.origin === current.origin) return req;
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers: req.headers };
  if (req.method !== "GET" && req.method !== "HEAD") Object.assign(init, { body: req.body, duplex: "half" });
  return new Request(url, init) as NextRequest;
}

export const GET = (req: NextRequest) => handlers.GET(withRequestHost(req));
export const POST = (req: NextRequest) => handlers.POST(withRequestHost(req));
