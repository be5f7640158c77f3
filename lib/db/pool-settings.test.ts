import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freePort } from "./ports";
import { poolSettings, SelfConnectionGuard } from "./pool-settings";
import { isDatabaseUnavailable } from "./unavailable";

/** Connects `socket` from 127.0.0.1:port to 127.0.0.1:port — the TCP "simultaneous open" with itself. */
function connectToItself(socket: net.Socket, port: number): Promise<Error | null> {
  return new Promise((resolve) => {
    socket.once("error", resolve);
    socket.once("connect", () => resolve(null));
    socket.connect({ host: "127.0.0.1", port, localAddress: "127.0.0.1", localPort: port });
  });
}

describe("connection pool settings", () => {
  it("refuses a connection that reached itself, where a plain socket would hold the port", async () => {
    const port = await freePort();
    const plain = new net.Socket();
    const plainResult = await connectToItself(plain, port);
    plain.destroy();
    // The operating system really does allow it: that is what the guard is for.
    expect(plainResult).toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 50));
    const guarded = new SelfConnectionGuard();
    const error = await connectToItself(guarded, port);
    expect(error?.message).toMatch(/reached itself/);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(guarded.destroyed).toBe(true);
  });

  it("gives both pools a connect timeout, statement and idle limits, and the guard", async () => {
    const settings = poolSettings("postgresql://u:p@127.0.0.1:1/x", 4);
    expect(settings.connectionTimeoutMillis).toBeGreaterThan(0);
    expect(settings.statement_timeout).toBeGreaterThan(0);
    expect(settings.idle_in_transaction_session_timeout).toBeGreaterThan(0);
    expect(settings.idleTimeoutMillis).toBeGreaterThan(0);
    const stream = (settings.stream as () => net.Socket)();
    expect(stream).toBeInstanceOf(SelfConnectionGuard);
    stream.destroy();

    // A pool with these settings fails fast against a server that never answers.
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const pool = new pg.Pool({
      ...poolSettings(`postgresql://u:p@127.0.0.1:${(silent.address() as net.AddressInfo).port}/x`, 1),
      connectionTimeoutMillis: 300,
    });
    try {
      const error = await pool.query("SELECT 1").then(
        () => null,
        (e: unknown) => e,
      );
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await pool.end();
      silent.close();
    }
  });
});
