import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Sentry's hook URLs end with a slash and Heroku does not follow redirects: never redirect either form.
  skipTrailingSlashRedirect: true,
  // These load WebAssembly or native files at run time; bundling them breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  distDir: process.env.SHIPLOG_DIST_DIR ?? ".next", // npm run bench builds into .next-bench, never over the test suite's build
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
    ];
    return [
      { source: "/:path*", headers: common },
      // JSON only: nothing under /api may run or embed anything. Pages get a nonce policy from proxy.ts.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
  agentRules: false,
};

export default nextConfig;
