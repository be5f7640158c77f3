// The driver-level pool, beside the Prisma client (client.server.ts), for what Prisma does not offer: cursors
// for streamed exports, and explicit transactions with row locks for moderation. One pool per process.
//
// Not marked `import "server-only"`: the import command and the benchmarks use it outside Next.js too.

import pg from "pg";
import { databaseUrl } from "./config";
import { poolSettings } from "./pool-settings";

const globalForPool = globalThis as unknown as { directoryPool?: pg.Pool };

export type Queryable = Pick<pg.Pool, "query">;

export function pgPool(): pg.Pool {
  if (!globalForPool.directoryPool) {
    const pool = new pg.Pool(poolSettings(databaseUrl(), 8));
    // An idle connection the server closes (a restart, a dropped database) must not bring the process down;
    // the pool drops it and the next query opens a new one.
    pool.on("error", (error) => console.error(`[database] idle connection closed: ${error.message}`));
    globalForPool.directoryPool = pool;
  }
  return globalForPool.directoryPool;
}

/** Runs `work` in one transaction on its own connection; rolls back on any error. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
