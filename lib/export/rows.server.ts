// Reads export rows from PostgreSQL through a cursor (pg-query-stream): a batch at a time, whatever the size
// of the result, so memory stays flat. Uses the driver's pool (lib/db/pool.server.ts) because Prisma does not expose cursors.
//
// Not marked `import "server-only"`: the benchmark and the import command run it outside Next.js.

import pg from "pg";
import QueryStream from "pg-query-stream";
import { pgPool } from "@/lib/db/pool.server";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportRow } from "./row";

/** Rows fetched from the server per round trip. */
export const CURSOR_BATCH = 500;

export type RowSource = { client: pg.PoolClient | pg.Client; release?: () => void };

/**
 * Streams the rows of an export query. The connection is held until the iteration ends (or is abandoned,
 * e.g. when the downloader goes away), then released.
 */
export async function* streamExportRows(
  query: Prisma.Sql,
  options: { client?: pg.Client | pg.PoolClient; batchSize?: number } = {},
): AsyncGenerator<ExportRow> {
  const client = options.client ?? (await pgPool().connect());
  const owned = options.client === undefined;
  const batchSize = options.batchSize ?? CURSOR_BATCH;
  const stream = client.query(
    new QueryStream(query.text, query.values as unknown[], { batchSize, highWaterMark: batchSize }),
  );
  let failed: unknown = null;
  try {
    for await (const record of stream as AsyncIterable<{ row: ExportRow }>) yield record.row;
  } catch (error) {
    failed = error;
    throw error;
  } finally {
    if (!stream.destroyed) stream.destroy();
    if (owned) (client as pg.PoolClient).release(failed instanceof Error ? failed : undefined);
  }
}
