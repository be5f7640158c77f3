// While the embedded database is stopped from outside, requests keep coming: the API's routes answer 503 with
// the error shape and Retry-After — never 500 — and 200 again by themselves once the supervisor has restarted
// it; every write the database acknowledged meanwhile is still there afterwards.

import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedDatabaseUrl } from "@/lib/db/config";
import { freePort } from "@/lib/db/ports";
import { readSeedPartnershipSlugs } from "../support/seed-files";
import { postmasterPid, serve, type Started, waitFor, waitUntil } from "../support/serve-process";

/** How long the API may take to answer 200 again by itself. */
const RECOVERY_MS = 20_000;

type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

describe("the API while the database is stopped", () => {
  let dataDir: string;
  let port: number;
  let started: Started;
  let routes: { name: string; call: () => Promise<Response> }[];
  let slug: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "directory-outage-"));
    await chmod(dataDir, 0o755);
    port = await freePort();
    started = serve("db", { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
    await waitFor(started, "database ready", 150_000);
    process.env.DATABASE_URL = embeddedDatabaseUrl(port);
    slug = (await readSeedPartnershipSlugs())[0]!;
    const list = (await import("@/app/api/partnerships/route")).GET as unknown as Route;
    const one = (await import("@/app/api/partnerships/[slug]/route")).GET as unknown as Route;
    const councils = (await import("@/app/api/councils/route")).GET as unknown as Route;
    const params = (value: Record<string, string>) => ({ params: Promise.resolve(value) });
    routes = [
      { name: "/api/partnerships", call: () => list(new Request("http://x/api/partnerships?q=legal"), params({})) },
      {
        name: "/api/partnerships/{slug}",
        call: () => one(new Request(`http://x/api/partnerships/${slug}`), params({ slug })),
      },
      { name: "/api/councils", call: () => councils(new Request("http://x/api/councils?q=bor"), params({})) },
    ];
    // The first queries also load Prisma's engine; on a busy machine that can take a while.
    await waitUntil(
      async () => (await Promise.all(routes.map((r) => r.call()))).every((r) => r.status === 200),
      60_000,
    );
  }, 240_000);

  afterAll(async () => {
    const { prisma } = await import("@/lib/db/client.server");
    await prisma.$disconnect();
    const { pgPool } = await import("@/lib/db/pool.server");
    await pgPool().end();
    if (started?.child.exitCode === null) started.child.kill("SIGTERM");
    await started?.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers 503 with a message, never 500, then 200 by itself, with every acknowledged write kept", async () => {
    const writer = new pg.Pool({ connectionString: embeddedDatabaseUrl(port), max: 2, connectionTimeoutMillis: 2_000 });
    writer.on("error", () => {});
    await writer.query("CREATE TABLE IF NOT EXISTS outage_write (n integer PRIMARY KEY)");
    const acknowledged: number[] = [];
    let writing = true;
    const writes = (async () => {
      for (let n = 1; writing; n += 1) {
        try {
          await writer.query("INSERT INTO outage_write (n) VALUES ($1)", [n]);
          acknowledged.push(n);
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    })();

    const statuses = new Map<number, number>();
    const bodies: unknown[] = [];
    const killed = await postmasterPid(dataDir);
    process.kill(killed, "SIGKILL");
    const stoppedAt = Date.now();
    let recoveredAt = 0;
    const recovered = await waitUntil(async () => {
      const answers = await Promise.all(routes.map((route) => route.call()));
      for (const answer of answers) {
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 503) {
          expect(answer.headers.get("retry-after")).toBe("5");
          bodies.push(await answer.json());
        }
      }
      const up = answers.every((answer) => answer.status === 200) && statuses.has(503);
      if (up) recoveredAt = Date.now();
      return up;
    }, RECOVERY_MS);
    writing = false;
    await writes;

    console.log(
      `API recovered ${recoveredAt - stoppedAt} ms after SIGKILL; statuses: ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `${acknowledged.length} writes acknowledged`,
    );
    expect(recovered).toBe(true);
    expect([...statuses.keys()].sort()).toEqual([200, 503]);
    for (const body of bodies) expect(body).toEqual({ error: { message: expect.stringMatching(/database/) } });

    const { rows } = await writer.query<{ n: number }>("SELECT n FROM outage_write");
    const kept = new Set(rows.map((row) => row.n));
    expect(acknowledged.filter((n) => !kept.has(n))).toEqual([]);
    await writer.end();
  });
});
