import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./config";
import { poolSettings } from "./pool-settings";
import { currentReadTarget } from "./read-routing";

// One client per process and server (the primary, each replica); reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as {
  directoryPrisma?: PrismaClient;
  directoryReplicaClients?: Map<string, PrismaClient>;
};

export function createPrismaClient(connectionString: string = databaseUrl()): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(poolSettings(connectionString, 10), {
      // As for the driver's pool: a connection the server closed is dropped, and logged, not thrown.
      onPoolError: (error) => console.error(`[database] idle connection closed: ${error.message}`),
    }),
  });
}

/** The primary's client, made on first use: DATABASE_URL is read then, not when this module is imported. */
function primaryClient(): PrismaClient {
  const client = (globalForPrisma.directoryPrisma ??= createPrismaClient());
  return client;
}

function replicaClient(url: string): PrismaClient {
  const clients = (globalForPrisma.directoryReplicaClients ??= new Map());
  let client = clients.get(url);
  if (!client) clients.set(url, (client = createPrismaClient(url)));
  return client;
}

/** The client for this moment: the replica's inside a request sent to one, else the primary's. */
function currentClient(): PrismaClient {
  const readTarget = currentReadTarget();
  return readTarget.kind === "replica" ? replicaClient(readTarget.url) : primaryClient();
}

/**
 * The client every module imports: the primary's, except inside a request the web server sent to a replica
 * (lib/db/read-routing.ts), where each use reaches that replica's client instead.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  has(_target, property) {
    return Reflect.has(currentClient(), property);
  },
  get(_target, property) {
    const client = currentClient();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
