/** Runs once per server process before the first request (next start, next dev). */
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself and replaced at build time: the edge build drops the
  // Node.js start-up below, which env.ts (Node's path module) would otherwise drag in.
  // eslint-disable-next-line no-restricted-properties -- Next.js's own variable, not configuration
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { runStartup } = await import("./lib/startup/run");
    await runStartup();
  }
}
