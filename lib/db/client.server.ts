import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./config";
import { poolSettings } from "./pool-settings";

// One client per process; reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { directoryPrisma?: PrismaClient };

export function createPrismaClient(connectionString: string = databaseUrl()): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(poolSettings(connectionString, 10), {
      // As for the driver's pool: a connection the server closed is dropped, and logged, not thrown.
      onPoolError: (error) => console.error(`[database] idle connection closed: ${error.message}`),
    }),
  });
}

export const prisma: PrismaClient = globalForPrisma.directoryPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.directoryPrisma = prisma;
