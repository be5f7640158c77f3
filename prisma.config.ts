// Configuration for the Prisma CLI (generate, migrate, db pull ...).
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/db/config";
import { chooseSchemaEngine } from "./scripts/prisma-engine/engine-path.mjs";

// Without network access Prisma cannot download its native schema engine; the CLI then runs the
// WebAssembly one through scripts/prisma-engine/schema-engine (docs/decisions/002-migrations-without-network-access.md).
chooseSchemaEngine();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // DATABASE_URL when set, otherwise the embedded PostgreSQL that `npm run db:start` runs.
    url: databaseUrl(),
    // Optional; without it `migrate dev` uses a temporary database on the same server.
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  },
});
