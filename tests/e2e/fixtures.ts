/**
 * The one `test` of the end-to-end suite: every page of every browser context a test opens (its
 * `page`, and contexts made with `browser.newContext()`) is watched, and the test fails on any
 * console error or uncaught page error (hydration errors included), as a person with the
 * developer tools open would see them.
 *
 * A test that deliberately visits an error page (a 404, a refused download) says which messages
 * it expects with `consoleErrors.allow(/…/)`; nothing else is tolerated.
 */
import { test as base, expect, type BrowserContext, type ConsoleMessage } from "@playwright/test";

export type ConsoleErrors = {
  /** Messages matching this pattern are expected by the test (e.g. the 404 it provokes). */
  allow: (pattern: RegExp) => void;
  /** The errors seen so far (for tests that check one on purpose). */
  readonly seen: string[];
};

export const test = base.extend<{ consoleErrors: ConsoleErrors }>({
  consoleErrors: [
    async ({ context, browser }, use, testInfo) => {
      const allowed: RegExp[] = [];
      const seen: string[] = [];
      const watch = (ctx: BrowserContext) => {
        ctx.on("console", (msg: ConsoleMessage) => {
          if (msg.type() !== "error") return;
          const where = msg.location()?.url ?? "";
          const page = msg.page()?.url() ?? "?";
          // The browser logs the HTTP status of the page itself (a 404 page the test asked for, and
          // asserts): that is the page's answer, not an error in it. A missing script, style or
          // image of the page has another address and still fails the test.
          if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text()) && where === page) return;
          seen.push(`console.error : ${msg.text()}${where ? ` (${where})` : ""} — page ${page}`);
        });
        ctx.on("weberror", (e) => seen.push(`erreur de page : ${e.error().message} — page ${e.page()?.url() ?? "?"}`));
      };
      watch(context);
      // Contexts a test opens itself (another user, an anonymous visitor) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof browser.newContext>) => {
        const ctx = await newContext(...args);
        watch(ctx);
        return ctx;
      };
      const newPage = browser.newPage.bind(browser);
      browser.newPage = async (...args: Parameters<typeof browser.newPage>) => {
        const page = await newPage(...args);
        watch(page.context());
        return page;
      };
      await use({ allow: (p) => allowed.push(p), seen });
      browser.newContext = newContext;
      browser.newPage = newPage;
      const unexpected = seen.filter((s) => !allowed.some((p) => p.test(s)));
      if (testInfo.status === testInfo.expectedStatus) {
        expect(unexpected, "erreurs de la console du navigateur").toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
export type { Page, Download, BrowserContext } from "@playwright/test";
