/**
 * Which Chromium the end-to-end tests drive: CHROMIUM_PATH, then a system Chromium or Chrome,
 * then Playwright's own download if there is one. None: a clear message on how to install one.
 */
import fs from "node:fs";
import { chromium } from "@playwright/test";

type Env = Record<string, string | undefined>;

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];

export function resolveChromium(env: Env = process.env): string {
  if (env.CHROMIUM_PATH) {
    if (fs.existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH pointe vers ${env.CHROMIUM_PATH}, qui n'existe pas.`);
  }
  for (const candidate of SYSTEM_CANDIDATES) if (fs.existsSync(candidate)) return candidate;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // no browser downloaded by Playwright
  }
  throw new Error(
    "Aucun navigateur Chromium trouvé pour les tests de bout en bout. Installez-en un : `sudo apt-get install chromium` (Debian/Ubuntu) " +
      "ou `npx playwright install chromium`, ou indiquez son chemin dans CHROMIUM_PATH.",
  );
}
