/** Runs once per server process before the first request (next start, next dev). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { runStartup } = await import("./db/startup");
    await runStartup();
  }
}
