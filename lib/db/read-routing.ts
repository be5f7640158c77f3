// Where a request's reads go: the primary, or one of the streaming replicas DATABASE_REPLICA_URL names. The web
// server decides once per request (lib/http/request-handling.ts) and runs the request inside that decision; the
// database pools (pool.server.ts, client.server.ts) read it when a query is made. Code running outside a request
// — the seed, the importer, the benchmarks, tests — reads from the primary.
//
// Not marked `import "server-only"`: the web server loads it outside Next.js's bundle. The store lives on
// globalThis so that the web server's copy of this module and the one inside Next.js's bundle share it.

import { AsyncLocalStorage } from "node:async_hooks";

export type ReadTarget = { kind: "primary" } | { kind: "replica"; url: string };

const globalStore = globalThis as unknown as { directoryReadRouting?: AsyncLocalStorage<ReadTarget> };
const store = (globalStore.directoryReadRouting ??= new AsyncLocalStorage<ReadTarget>());

/** Runs `work` with its reads sent to `target`. */
export function readingFrom<T>(target: ReadTarget, work: () => T): T {
  return store.run(target, work);
}

/** Where the current request's reads go (the primary outside a request). */
export function currentReadTarget(): ReadTarget {
  return store.getStore() ?? { kind: "primary" };
}

/** The replicas' connection strings: DATABASE_REPLICA_URL, one or more, comma-separated. */
export function replicaUrls(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  return (env.DATABASE_REPLICA_URL ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
}

/** How far behind the primary a replica may be and still answer reads: REPLICA_MAX_LAG_SECONDS, 5 by default. */
export function maxReplicaLagMs(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.REPLICA_MAX_LAG_SECONDS;
  if (raw === undefined || raw.trim() === "") return 5_000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`REPLICA_MAX_LAG_SECONDS must be a number of seconds (0 or more), not "${raw}"`);
  }
  return seconds * 1000;
}
