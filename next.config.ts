import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Sentry's hook URLs end with a slash and Heroku does not follow redirects: never redirect either form.
  skipTrailingSlashRedirect: true,
  // These load WebAssembly or native files at run time; bundling them breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  agentRules: false,
};

export default nextConfig;
