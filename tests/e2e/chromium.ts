/**
 * Which Chromium the end-to-end tests drive, so that `npm ci && npm test` works on a bare machine:
 * 1. CHROMIUM_PATH, or a system Chromium / Chrome, when it actually starts (`--version` answers);
 * 2. else the Chromium that the npm package @sparticuz/chromium ships inside its tarball, unpacked
 *    once into node_modules/.cache/chromium (no download: it comes with `npm ci`).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

type Env = Record<string, string | undefined>;

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];

/** The folder where the npm Chromium is unpacked (it goes to `os.tmpdir()/chromium`, so TMPDIR points here). */
export const NPM_CHROMIUM_DIR = path.resolve("node_modules", ".cache", "chromium");

/** True when the binary exists and prints its version within 20 s. */
export function starts(executable: string): boolean {
  if (!fs.existsSync(executable)) return false;
  try {
    const out = execFileSync(executable, ["--version"], { timeout: 20_000, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" });
    return /\d+\.\d+/.test(out);
  } catch {
    return false;
  }
}

/** Unpacks (first time) and returns the Chromium of @sparticuz/chromium; runs in a child process because the package is async. */
export function npmChromium(): string {
  fs.mkdirSync(NPM_CHROMIUM_DIR, { recursive: true });
  const existing = path.join(NPM_CHROMIUM_DIR, "chromium");
  if (starts(existing)) return existing;
  fs.rmSync(existing, { force: true }); // a half-unpacked binary from an interrupted run
  const script = 'import("@sparticuz/chromium").then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))';
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, TMPDIR: NPM_CHROMIUM_DIR, TMP: NPM_CHROMIUM_DIR, TEMP: NPM_CHROMIUM_DIR },
    encoding: "utf8",
    timeout: 180_000,
  }).trim();
  if (!starts(out)) throw new Error(`Le Chromium du paquet npm @sparticuz/chromium ne démarre pas (${out}).`);
  return out;
}

/**
 * The environment of the browser process. The npm Chromium ships Open Sans: a fontconfig file
 * lists it next to the system's fonts, so text renders even on a machine with no font installed.
 */
export function chromiumEnv(executable: string, env: Env = process.env): Env {
  if (!executable.startsWith(NPM_CHROMIUM_DIR)) return env;
  const file = path.join(NPM_CHROMIUM_DIR, "fonts.conf");
  const dirs = [path.join(NPM_CHROMIUM_DIR, "fonts"), "/usr/share/fonts", "/usr/local/share/fonts"];
  const conf = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${dirs.map((d) => `  <dir>${d}</dir>`).join("\n")}\n  <cachedir>${path.join(NPM_CHROMIUM_DIR, "fonts-cache")}</cachedir>\n</fontconfig>\n`;
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== conf) fs.writeFileSync(file, conf);
  return { ...env, FONTCONFIG_FILE: file };
}

export function resolveChromium(env: Env = process.env): string {
  if (env.CHROMIUM_PATH) {
    if (starts(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    console.warn(`[e2e] CHROMIUM_PATH=${env.CHROMIUM_PATH} ne démarre pas : le Chromium du paquet npm est utilisé.`);
  } else {
    for (const candidate of SYSTEM_CANDIDATES) if (starts(candidate)) return candidate;
  }
  return npmChromium();
}
