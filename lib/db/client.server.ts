import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./config";

// One client per process; reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { directoryPrisma?: PrismaClient };

export function createPrismaClient(connectionString: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

export const prisma: PrismaClient = globalForPrisma.directoryPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.directoryPrisma = prisma;
