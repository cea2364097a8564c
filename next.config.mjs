import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite is loaded from node_modules at run time: bundling it would publish its .wasm files
  // as static assets and duplicate them in the build.
  serverExternalPackages: ["@electric-sql/pglite"],
  // A clone inside another project must not pick the parent's lockfile as its root.
  turbopack: { root: fileURLToPath(new URL(".", import.meta.url)) },
  poweredByHeader: false,
  // NEXT_DIST_DIR lets two working copies of the team build side by side without sharing .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The YAML grid and the reference CSV files are read from disk at run time.
  outputFileTracingIncludes: { "/*": ["./criteria/**/*", "./db/reference/*.csv", "./db/migrations/**/*"] },
};

export default nextConfig;
