// The settings both connection pools share: the driver's pool (pool.server.ts) and Prisma's (client.server.ts).
// While the database is down or restarting, requests must fail fast (and be answered 503) rather than wait, and
// once it is back the pools must simply work again: a broken connection is dropped, never handed out, and no
// failure is remembered. See docs/decisions/009-supervised-embedded-database.md.
//
// Not marked `import "server-only"`: command-line tools use the pools too.

import net from "node:net";
import type pg from "pg";

export const POOL_TIMEOUTS = {
  /** Opening a connection: the server is local or near; longer means it is not answering. */
  connectMs: 3_000,
  /** An idle connection is closed after this, so a restarted server is met with fresh connections. */
  idleMs: 10_000,
  /** No statement of the web app runs longer; a runaway one is cancelled by the server. */
  statementMs: 30_000,
  /** A transaction left open by a stalled request is ended by the server, releasing its locks. */
  idleInTransactionMs: 60_000,
} as const;

/**
 * A TCP socket that refuses to be connected to itself. Connecting to a port nobody listens on can, when the port
 * lies in the ephemeral range, succeed as a "simultaneous open" with the socket's own address; the connection
 * then holds the port PostgreSQL wants to listen on. The error reads as the refused connection it really is.
 */
export class SelfConnectionGuard extends net.Socket {
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (
      event === "connect" &&
      this.localPort !== undefined &&
      this.localPort === this.remotePort &&
      this.localAddress === this.remoteAddress
    ) {
      const error = Object.assign(
        new Error(
          `connect ECONNREFUSED ${this.remoteAddress}:${this.remotePort} (the connection reached itself: nothing listens there)`,
        ),
        { code: "ECONNREFUSED", errno: -111, syscall: "connect", address: this.remoteAddress, port: this.remotePort },
      );
      this.destroy(error);
      return false;
    }
    return super.emit(event, ...args);
  }
}

/** Pool settings for `connectionString`, with at most `max` connections. */
export function poolSettings(connectionString: string, max: number): pg.PoolConfig {
  return {
    connectionString,
    max,
    connectionTimeoutMillis: POOL_TIMEOUTS.connectMs,
    idleTimeoutMillis: POOL_TIMEOUTS.idleMs,
    statement_timeout: POOL_TIMEOUTS.statementMs,
    idle_in_transaction_session_timeout: POOL_TIMEOUTS.idleInTransactionMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    stream: () => new SelfConnectionGuard(),
  };
}
