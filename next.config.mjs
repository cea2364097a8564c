import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite is loaded from node_modules at run time: bundling it would publish its .wasm files
  // as static assets and duplicate them in the build.
  serverExternalPackages: ["@electric-sql/pglite"],
  // A clone inside another project must not pick the parent's lockfile as its root.
  turbopack: { root: fileURLToPath(new URL(".", import.meta.url)) },
  poweredByHeader: false,
  // The YAML grid and the reference CSV files are read from disk at run time.
  outputFileTracingIncludes: { "/*": ["./criteria/**/*", "./db/reference/*.csv", "./db/migrations/**/*"] },
};

export default nextConfig;
