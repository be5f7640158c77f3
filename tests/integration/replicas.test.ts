// Reads scaled out on PostgreSQL's own replication: a real primary and a streaming standby made with
// pg_basebackup. Searches are served from the standby; writes, moderation and a client that has just written
// read from the primary; a standby that falls behind is left out until it catches up, and an approved change
// reaches it. Through the web server's own request handling (lib/http/request-handling.ts) around the real
// route handlers: 304 for an unchanged answer, a new ETag after a change, a compressed streamed export that
// decodes to the same bytes.

import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "@/lib/seed";
import { applyMigrationFiles } from "../support/throwaway-database";
import {
  type PrimaryWithStandby,
  postgresBinariesPresent,
  startPrimaryWithStandby,
} from "../support/streaming-replica";

const PORTS = {
  primary: Number(process.env.REPLICA_TEST_PRIMARY_PORT ?? 26150),
  standby: Number(process.env.REPLICA_TEST_STANDBY_PORT ?? 26151),
};
const MAX_LAG_SECONDS = 2;

type Handler = (request: Request) => Promise<Response>;
let cluster: PrimaryWithStandby;
let primaryUrl: string;
let standbyUrl: string;
let server: http.Server;
let base: string;
let modules: {
  routing: typeof import("@/lib/db/read-routing");
  replicas: typeof import("@/lib/db/replicas.server");
  handling: typeof import("@/lib/http/request-handling");
  pool: typeof import("@/lib/db/pool.server");
  prisma: typeof import("@/lib/db/client.server").prisma;
};

const inDatabase = (url: string) => url.replace(/\/postgres$/, "/directory");

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The route handlers behind the web server's request handling, as Next.js would run them. */
async function answer(request: http.IncomingMessage, response: http.ServerResponse, routes: Record<string, Handler>) {
  const url = new URL(request.url!, "http://localhost");
  const route = routes[url.pathname];
  if (!route) {
    response.statusCode = 404;
    return void response.end();
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
  const result = await route(new Request(url, { method: request.method, headers }));
  response.statusCode = result.status;
  result.headers.forEach((value, name) => response.setHeader(name, value));
  if (result.body) {
    for await (const chunk of result.body) {
      const accepted = response.write(chunk);
      (response as unknown as { flush?: () => void }).flush?.();
      if (!accepted) await once(response, "drain");
    }
  }
  response.end();
}

function get(pathAndQuery: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(`${base}${pathAndQuery}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject);
  });
}

const totalFor = async (query: string, headers: Record<string, string> = {}) => {
  const response = await get(`/api/partnerships?${query}`, headers);
  expect(response.status).toBe(200);
  return (JSON.parse(response.body.toString()) as { total: number }).total;
};

describe.skipIf(!postgresBinariesPresent())("reads on a streaming replica", () => {
  beforeAll(async () => {
    cluster = startPrimaryWithStandby(PORTS);
    await sql(cluster.primaryUrl, "CREATE DATABASE directory");
    primaryUrl = inDatabase(cluster.primaryUrl);
    standbyUrl = inDatabase(cluster.standbyUrl);
    await applyMigrationFiles(primaryUrl);
    await loadSeed({ connectionString: primaryUrl });
    process.env.DATABASE_URL = primaryUrl;
    process.env.DATABASE_REPLICA_URL = standbyUrl;
    process.env.REPLICA_MAX_LAG_SECONDS = String(MAX_LAG_SECONDS);
    modules = {
      routing: await import("@/lib/db/read-routing"),
      replicas: await import("@/lib/db/replicas.server"),
      handling: await import("@/lib/http/request-handling"),
      pool: await import("@/lib/db/pool.server"),
      prisma: (await import("@/lib/db/client.server")).prisma,
    };
    const routes: Record<string, Handler> = {
      "/api/partnerships": (await import("@/app/api/partnerships/route")).GET,
      "/api/partnerships.csv": (await import("@/app/api/partnerships.csv/route")).GET,
      // A form that writes and sends the client on, as the directory's server actions do.
      "/submit": async () => new Response(null, { status: 303, headers: { Location: "/submit/confirmation" } }),
    };
    const around = modules.handling.directoryRequestHandling({
      dev: false,
      projectRoot: path.join(import.meta.dirname, "../.."),
    });
    server = http.createServer((request, response) => {
      around(request, response, () => answer(request, response, routes)).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await until("the standby to serve reads", async () => {
      const [replica] = await modules.replicas.checkReplicas();
      return replica!.serving;
    });
  }, 240_000);

  afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await modules?.prisma.$disconnect().catch(() => {});
    cluster?.stop();
  });

  const request = (method: string, headers: Record<string, string> = {}) =>
    ({ method, headers }) as unknown as http.IncomingMessage;

  it("sends reads to the standby, and writes, moderation and a client that has just written to the primary", async () => {
    const { readTargetFor, READ_PRIMARY_COOKIE } = modules.handling;
    expect(readTargetFor(request("GET"), "/api/partnerships")).toEqual({ kind: "replica", url: standbyUrl });
    expect(readTargetFor(request("HEAD"), "/")).toEqual({ kind: "replica", url: standbyUrl });
    expect(readTargetFor(request("POST"), "/submit")).toEqual({ kind: "primary" });
    expect(readTargetFor(request("GET"), "/moderation/submissions/1")).toEqual({ kind: "primary" });
    const cookie = { cookie: `theme=plain; ${READ_PRIMARY_COOKIE}=1` };
    expect(readTargetFor(request("GET", cookie), "/api/partnerships")).toEqual({ kind: "primary" });

    const replica = readTargetFor(request("GET"), "/api/map");
    const inRecovery = () =>
      Promise.all([
        modules.prisma.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`,
        modules.pool.pgPool().query<{ standby: boolean }>("SELECT pg_is_in_recovery() AS standby"),
      ]).then(([viaPrisma, viaDriver]) => [viaPrisma[0]!.standby, viaDriver.rows[0]!.standby]);
    expect(await modules.routing.readingFrom(replica, inRecovery)).toEqual([true, true]);
    expect(await inRecovery()).toEqual([false, false]);
  });

  it("marks a client whose write succeeded so that its next reads see it", async () => {
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const sent = http.request(`${base}/submit`, { method: "POST" }, resolve);
      sent.on("error", reject);
      sent.end();
    });
    response.resume();
    expect(response.statusCode).toBe(303);
    const cookie = (response.headers["set-cookie"] ?? []).find((line) =>
      line.startsWith(`${modules.handling.READ_PRIMARY_COOKIE}=`),
    );
    expect(cookie).toMatch(new RegExp(`Max-Age=${MAX_LAG_SECONDS + 1};.*HttpOnly`));
  });

  it("serves searches from the standby until it lags too far, and an approved change reaches it", async () => {
    const [first] = await sql<{ slug: string; name: string }>(
      primaryUrl,
      "SELECT slug, name FROM partnership ORDER BY slug LIMIT 1",
    );
    const { slug, name } = first!;
    const renamed = `Zygomorphic ${name}`;
    const query = `q=${encodeURIComponent("Zygomorphic")}`;
    expect(await totalFor(query)).toBe(0);
    const before = await get("/api/partnerships");
    expect(before.headers.etag).toMatch(/^W\/"/);
    expect((await get("/api/partnerships", { "If-None-Match": before.headers.etag! })).status).toBe(304);

    // The standby stops applying what it receives: it now holds the data as it was.
    await sql(standbyUrl, "SELECT pg_wal_replay_pause()");
    const { writeEntries } = await import("@/lib/partnerships/write.server");
    const { entryFromSnapshot } = await import("@/lib/partnerships/snapshot");
    const { readSnapshots } = await import("@/lib/partnerships/read.server");
    await modules.pool.inTransaction(modules.pool.primaryPool(), async (client) => {
      const entry = entryFromSnapshot((await readSnapshots(client, [slug])).get(slug)!);
      await writeEntries(client, [{ ...entry, name: renamed }], {
        actor: "moderator@example.gov.uk",
        created: "Added",
        updated: "Approved a change",
      });
    });
    await modules.replicas.checkReplicas();
    // Within the lag allowed, searches still come from the standby, which does not have the change yet …
    expect(await totalFor(query)).toBe(0);
    // … while a client that has just written reads from the primary.
    const cookie = { cookie: `${modules.handling.READ_PRIMARY_COOKIE}=1` };
    expect(await totalFor(query, cookie)).toBe(1);

    // Behind for longer than allowed: the standby is left out and the primary answers.
    await new Promise((resolve) => setTimeout(resolve, MAX_LAG_SECONDS * 1000 + 200));
    const [lagging] = await modules.replicas.checkReplicas();
    expect(lagging!.serving).toBe(false);
    expect(await totalFor(query)).toBe(1);

    // Replaying again, it catches up and serves the change itself.
    await sql(standbyUrl, "SELECT pg_wal_replay_resume()");
    await until("the standby to catch up", async () => (await modules.replicas.checkReplicas())[0]!.serving);
    const onStandby = await sql<{ name: string }>(standbyUrl, "SELECT name FROM partnership WHERE slug = $1", [slug]);
    expect(onStandby[0]!.name).toBe(renamed);
    expect(modules.handling.readTargetFor(request("GET"), "/api/partnerships").kind).toBe("replica");
    expect(await totalFor(query)).toBe(1);

    // The data version moved with the change: the old ETag no longer matches.
    const after = await get("/api/partnerships", { "If-None-Match": before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it("streams a compressed export that decodes to the same bytes", async () => {
    const plain = await get("/api/partnerships.csv", { "Accept-Encoding": "identity" });
    const brotli = await get("/api/partnerships.csv", { "Accept-Encoding": "gzip;q=0.8, br" });
    const gzip = await get("/api/partnerships.csv", { "Accept-Encoding": "gzip" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    for (const response of [plain, brotli, gzip]) expect(response.headers.vary).toMatch(/Accept-Encoding/);
    const rows = plain.body.toString().trim().split("\n").length - 1;
    const [counted] = await sql<{ count: number }>(primaryUrl, "SELECT count(*)::int AS count FROM partnership");
    expect(rows).toBeGreaterThanOrEqual(counted!.count);
    expect(zlib.brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(brotli.body.length).toBeLessThan(plain.body.length / 3);
    expect((await get("/api/partnerships.csv", { "If-None-Match": plain.headers.etag! })).status).toBe(304);
  });
});
