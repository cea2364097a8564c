/** A relative path to go back to after sign-in; anything else (other sites, "//evil") gives the default. */
export function safeNext(value: unknown, fallback = "/espace"): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s]*$/.test(value) ? value : fallback;
}
