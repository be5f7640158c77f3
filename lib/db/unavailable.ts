// Whether an error means "the database is not available right now" — down, restarting, starting up, shutting
// down, unreachable, or too busy to take a connection — as opposed to a fault in a query. Such errors are answered
// 503 (try again shortly), never 500. Knows the driver's errors (pg) and Prisma's wrapping of them.
//
// Pure; unit-tested beside it.

/** SQLSTATEs of a server that is going away or not accepting connections yet. */
const UNAVAILABLE_SQLSTATES = new Set([
  "57P01", // admin_shutdown: terminating connection due to administrator command
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the database system is starting up / shutting down / in recovery
  "53300", // too_many_connections
]);

/** Socket errors of a server that is not there (or went away mid-conversation). */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EHOSTDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** Prisma's codes for an unreachable server, a closed connection, and a pool that could not hand one out. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** The kinds Prisma's PostgreSQL adapter gives the same conditions. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** The driver's own messages, which carry no code. */
const DRIVER_MESSAGES = [
  /^timeout expired$/i, // the connect timeout
  /^Connection terminated/i, // "… unexpectedly", "… due to connection timeout"
  /has encountered a connection error and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections|not accepting connections)/i,
  /terminating connection due to administrator command/i,
  /^Can't reach database server/i,
];

type ErrorLike = {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  meta?: { driverAdapterError?: unknown };
};

function isObject(value: unknown): value is ErrorLike {
  return typeof value === "object" && value !== null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): boolean => {
    if (!isObject(value) || seen.has(value) || depth > 8) return false;
    seen.add(value);
    const { code, kind, message } = value;
    if (
      typeof code === "string" &&
      (UNAVAILABLE_SQLSTATES.has(code) || SOCKET_CODES.has(code) || PRISMA_CODES.has(code))
    )
      return true;
    // PostgreSQL's connection_exception class.
    if (typeof code === "string" && /^08[0-9A-Z]{3}$/.test(code)) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
    return (
      visit(value.cause, depth + 1) ||
      visit(value.meta?.driverAdapterError, depth + 1) ||
      (Array.isArray(value.errors) && value.errors.some((inner) => visit(inner, depth + 1)))
    );
  };
  return visit(error, 0);
}

// When a request last failed because the database was unavailable, in this process: Next.js reports every
// request's error (instrumentation.ts), and the web server's guard (lib/http/guard.server.ts), which answers a
// failed page, reads it — by then the database may already be back, yet the page failed for the outage.
const LAST_REPORTED = Symbol.for("directory.databaseUnavailableAt");
type Noted = { [LAST_REPORTED]?: number };

export function noteIfDatabaseUnavailable(error: unknown): void {
  if (isDatabaseUnavailable(error)) (globalThis as Noted)[LAST_REPORTED] = Date.now();
}

/** When a request last failed for want of the database (milliseconds since the epoch), or -Infinity. */
export function lastDatabaseUnavailableAt(): number {
  return (globalThis as Noted)[LAST_REPORTED] ?? -Infinity;
}
