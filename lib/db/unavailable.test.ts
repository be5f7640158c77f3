import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./client.server";
import { freePort } from "./ports";
import { isDatabaseUnavailable } from "./unavailable";

// Real errors where a unit test can produce them (nothing listening, a server that never answers); otherwise
// errors built with the driver's and Prisma's own classes, shaped as they throw them.

function databaseError(message: string, code: string): pg.DatabaseError {
  return Object.assign(new pg.DatabaseError(message, message.length, "error"), { code, severity: "FATAL" });
}

function prismaError(code: string, meta?: Record<string, unknown>): Prisma.PrismaClientKnownRequestError {
  return new Prisma.PrismaClientKnownRequestError(`Invalid invocation (${code})`, { code, clientVersion: "7", meta });
}

async function connectError(config: pg.ClientConfig): Promise<unknown> {
  const client = new pg.Client(config);
  try {
    await client.connect();
  } catch (error) {
    return error;
  } finally {
    await client.end().catch(() => {});
  }
  throw new Error("the connection unexpectedly succeeded");
}

describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection, from the driver and through Prisma", async () => {
    const port = await freePort();
    const url = `postgresql://postgres:postgres@127.0.0.1:${port}/directory`;
    const refused = await connectError({ connectionString: url });
    expect((refused as { code?: string }).code).toBe("ECONNREFUSED");
    expect(isDatabaseUnavailable(refused)).toBe(true);

    const prisma = createPrismaClient(url);
    try {
      const viaRaw = await prisma.$queryRaw`SELECT 1`.then(
        () => null,
        (error: unknown) => error,
      );
      const viaModel = await prisma.partnership.count().then(
        () => null,
        (error: unknown) => error,
      );
      expect(viaRaw).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
      expect(isDatabaseUnavailable(viaRaw)).toBe(true);
      expect(isDatabaseUnavailable(viaModel)).toBe(true);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("recognises a server that never answers (the connect timeout)", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const error = await connectError({ host: "127.0.0.1", port, connectionTimeoutMillis: 200 });
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      silent.close();
    }
  });

  it("recognises a server that is starting, shutting down or ending sessions", () => {
    for (const [message, code] of [
      ["the database system is starting up", "57P03"],
      ["the database system is shutting down", "57P03"],
      ["terminating connection due to administrator command", "57P01"],
      ["terminating connection because of crash of another server process", "57P02"],
      ["sorry, too many clients already", "53300"],
      ["connection failure", "08006"],
    ] as const) {
      expect(isDatabaseUnavailable(databaseError(message, code)), message).toBe(true);
    }
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout expired"))).toBe(true);
  });

  it("recognises Prisma's codes and its adapter's kinds for the same conditions", () => {
    for (const code of ["P1001", "P1017", "P2024"]) expect(isDatabaseUnavailable(prismaError(code)), code).toBe(true);
    const wrapped = (cause: Record<string, unknown>) =>
      prismaError("P2010", { driverAdapterError: { name: "DriverAdapterError", cause } });
    expect(isDatabaseUnavailable(wrapped({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnavailable(wrapped({ kind: "postgres", code: "57P01", message: "terminating" }))).toBe(true);
    expect(isDatabaseUnavailable(wrapped({ kind: "postgres", code: "23505", message: "duplicate key" }))).toBe(false);
  });

  it("finds the cause inside an AggregateError or a cause chain", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(new AggregateError([refused], "all addresses failed"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("loading the page failed", { cause: refused }))).toBe(true);
  });

  it("leaves faults in queries and everything else alone", () => {
    expect(isDatabaseUnavailable(databaseError('duplicate key value violates unique constraint "x"', "23505"))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(databaseError('syntax error at or near "SELEC"', "42601"))).toBe(false);
    expect(isDatabaseUnavailable(databaseError("canceling statement due to statement timeout", "57014"))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2002", { target: ["slug"] }))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2025"))).toBe(false);
    for (const other of [new Error("boom"), "ECONNREFUSED", null, undefined, 42, { code: 57 }])
      expect(isDatabaseUnavailable(other)).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
