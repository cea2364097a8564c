// oidc-provider ships no types (and @types/oidc-provider is not installed): the little the e2e test uses.
declare module "oidc-provider" {
  import type { Server } from "node:http";
  type Account = { accountId: string; claims: () => Promise<Record<string, unknown>> };
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown> & { findAccount?: (ctx: unknown, sub: string) => Promise<Account | undefined> });
    proxy: boolean;
    on(event: string, listener: (...args: never[]) => void): this;
    listen(port: number, host: string, callback: () => void): Server;
  }
}
