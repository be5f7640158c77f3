import "server-only";

import pg from "pg";
import { prisma } from "@/lib/db/client.server";
import { databaseUrl } from "@/lib/db/config";
import { poolSettings } from "@/lib/db/pool-settings";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

export type HealthReport = { database: "ok"; partnerships: number } | { database: "unavailable"; message: string };

/** A database that does not take a new connection and answer within this is reported unavailable. */
const CONNECT_TIMEOUT_MS = 3_000;
/** Then counting through the pages' pool (the process's first query also loads Prisma's query engine). */
const COUNT_TIMEOUT_MS = 10_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout expired")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether the database accepts a new connection, checked with one of its own: the pools' open connections can
 * outlive a server that refuses new ones (a smart shutdown keeps serving its sessions for as long as they last).
 */
async function acceptsConnections(): Promise<void> {
  const client = new pg.Client({ ...poolSettings(databaseUrl(), 1), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    void client.end().catch(() => {});
  }
}

let lastProblem: string | null = null;

async function probe(): Promise<HealthReport> {
  try {
    await withTimeout(acceptsConnections(), CONNECT_TIMEOUT_MS);
    // Through the pool the pages use, so a pool that could not recover would show here too.
    const partnerships = await withTimeout(prisma.partnership.count(), COUNT_TIMEOUT_MS);
    if (lastProblem !== null) console.error("Health check: the database is available again");
    lastProblem = null;
    return { database: "ok", partnerships };
  } catch (error) {
    const message = isDatabaseUnavailable(error)
      ? "The database is not accepting connections at the moment; try again shortly"
      : "The database answered with an error";
    // Once per change, not once per request while it lasts.
    const problem = `${message}: ${error instanceof Error ? error.message : String(error)}`;
    if (problem !== lastProblem) console.error(`Health check: ${problem}`);
    lastProblem = problem;
    return { database: "unavailable", message };
  }
}

let inFlight: Promise<HealthReport> | null = null;

/** Whether the database answers, and how many partnerships it holds. Requests at the same moment share one check. */
export function checkHealth(): Promise<HealthReport> {
  inFlight ??= probe().finally(() => {
    inFlight = null;
  });
  return inFlight;
}
