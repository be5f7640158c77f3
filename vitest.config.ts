import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React's server environment; tests run domain code directly.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          environment: "node",
          // Unit tests first, then the integration tests with their own worker limit.
          sequence: { groupOrder: 0 },
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "tools/**/*.test.ts"],
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          environment: "node",
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/database-global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file makes its own throwaway database; two cores suit two at a time.
          maxWorkers: 2,
        },
      },
    ],
  },
});
