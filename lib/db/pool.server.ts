// The driver-level pool, beside the Prisma client (client.server.ts), for what Prisma does not offer: cursors
// for streamed exports, and explicit transactions with row locks for moderation. One pool per process and
// server: the primary's, and one per streaming replica the request's reads are sent to (read-routing.ts).
//
// Not marked `import "server-only"`: the import command and the benchmarks use it outside Next.js too.

import pg from "pg";
import { databaseUrl } from "./config";
import { poolSettings } from "./pool-settings";
import { currentReadTarget } from "./read-routing";

const globalForPool = globalThis as unknown as { directoryPools?: Map<string, pg.Pool> };

export type Queryable = Pick<pg.Pool, "query">;

/** The pool for one server (the primary or a replica), made on first use. */
export function poolFor(connectionString: string): pg.Pool {
  const pools = (globalForPool.directoryPools ??= new Map());
  let pool = pools.get(connectionString);
  if (!pool) {
    pool = new pg.Pool(poolSettings(connectionString, 8));
    // An idle connection the server closes (a restart, a dropped database) must not bring the process down;
    // the pool drops it and the next query opens a new one.
    pool.on("error", (error: Error) => console.error(`[database] idle connection closed: ${error.message}`));
    pools.set(connectionString, pool);
  }
  return pool;
}

/** The primary's pool: every write, and the reads that must see them. */
export function primaryPool(): pg.Pool {
  return poolFor(databaseUrl());
}

/**
 * The pool for the current request's reads: a replica when the web server chose one for it
 * (lib/db/read-routing.ts), otherwise the primary. Writes happen only in requests that read from the primary.
 */
export function pgPool(): pg.Pool {
  const target = currentReadTarget();
  return target.kind === "replica" ? poolFor(target.url) : primaryPool();
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
