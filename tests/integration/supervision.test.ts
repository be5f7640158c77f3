// The start script keeps its database running and leaves nothing behind: PostgreSQL killed or stopped from
// outside comes back by itself while /api/health answers 503, and 200 again afterwards, with what was saved still
// there; killing the start script or the web server stops everything else; Ctrl-C always ends with "stopped".

import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModerator } from "@/lib/auth/sessions.server";
import { embeddedDatabaseUrl } from "@/lib/db/config";
import { freePort, portIsFree } from "@/lib/db/ports";
import { readSeedPartnershipSlugs } from "../support/seed-files";
import {
  descendantsOf,
  postmasterPid,
  processAlive,
  serve,
  type Started,
  waitFor,
  waitUntil,
} from "../support/serve-process";

/** How long the database may take to come back by itself. */
const RECOVERY_MS = 20_000;
/** How long the start script's processes may take to follow it. */
const FOLLOW_MS = 20_000;

async function temporaryDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "directory-supervision-"));
  // Run as root, PostgreSQL runs as the postgres user, which must be able to enter it.
  await chmod(dir, 0o755);
  return dir;
}

async function stop(started: Started): Promise<void> {
  if (started.child.exitCode === null) started.child.kill("SIGTERM");
  await started.exited;
}

describe("the embedded database under supervision", () => {
  let dataDir: string;
  let port: number;
  let started: Started;
  let health: () => Promise<Response>;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    port = await freePort();
    started = serve("db", { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
    await waitFor(started, "database ready", 150_000);
    // The health route, in this process, against the supervised database: as the web server runs it.
    process.env.DATABASE_URL = embeddedDatabaseUrl(port);
    const { GET } = await import("@/app/api/health/route");
    health = GET;
    // The first check also loads Prisma's engine; on a busy machine that can take a while.
    await waitUntil(async () => (await health()).status === 200, 60_000);
  }, 240_000);

  afterAll(async () => {
    const { prisma } = await import("@/lib/db/client.server");
    await prisma.$disconnect();
    if (started) await stop(started);
    await rm(dataDir, { recursive: true, force: true });
  });

  for (const signal of ["SIGKILL", "SIGTERM", "SIGINT"] as const) {
    it(`answers 503 while PostgreSQL is down after ${signal}, then 200 by itself, with nothing lost`, async () => {
      const email = `saved-before-${signal.toLowerCase()}@example.gov.uk`;
      const writer = new pg.Pool({ connectionString: embeddedDatabaseUrl(port), max: 1 });
      await createModerator(writer, email, "a password that was saved before");
      await writer.end();
      expect((await health()).status).toBe(200);

      // An open connection, as the web server's pools hold: a smart shutdown keeps serving it.
      const held = new pg.Client({ connectionString: embeddedDatabaseUrl(port) });
      held.on("error", () => {});
      await held.connect();

      const killed = await postmasterPid(dataDir);
      process.kill(killed, signal);
      const statuses: number[] = [];
      const recovered = await waitUntil(async () => {
        const response = await health();
        statuses.push(response.status);
        const body: unknown = await response.json();
        if (response.status === 503) {
          expect(body).toEqual({
            status: "error",
            database: "unavailable",
            error: { message: expect.stringMatching(/database/i) },
          });
        }
        return response.status === 200 && (await postmasterPid(dataDir).catch(() => killed)) !== killed;
      }, RECOVERY_MS);
      await held.end().catch(() => {});

      expect(recovered).toBe(true);
      expect(statuses).toContain(503);
      expect(new Set(statuses)).toEqual(new Set([200, 503]));
      expect(processAlive(killed)).toBe(false);
      expect(started.output()).toContain("the database is running again");

      const body = (await (await health()).json()) as { partnerships: number };
      expect(body.partnerships).toBe((await readSeedPartnershipSlugs()).length);
      const reader = new pg.Client({ connectionString: embeddedDatabaseUrl(port) });
      await reader.connect();
      const { rowCount } = await reader.query("SELECT 1 FROM moderator WHERE email = $1", [email]);
      await reader.end();
      expect(rowCount).toBe(1);
    });
  }

  it('stops within seconds, saying "stopped", after the database was restarted from outside', async () => {
    const before = await postmasterPid(dataDir);
    process.kill(before, "SIGINT");
    await waitUntil(async () => (await postmasterPid(dataDir).catch(() => before)) !== before, RECOVERY_MS);
    const restarted = await postmasterPid(dataDir);
    await waitFor(started, `running again (postgres process ${restarted})`);

    started.child.kill("SIGINT");
    const stopped = await Promise.race([
      started.exited.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    expect(stopped).toBe(true);
    expect(started.output()).toMatch(/stopped\n*$/);
    expect(processAlive(restarted)).toBe(false);
  });
});

describe("no process outlives the start script", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  /** `npm run dev` (no production build needed), until it serves; with the processes it owns. */
  async function startDirectory() {
    const ports = { database: await freePort(), web: await freePort() };
    const started = serve("dev", {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(ports.database),
      PORT: String(ports.web),
    });
    await waitFor(started, "serving the directory", 170_000);
    const [, web, database] = /web server process (\d+), database process (\d+)/.exec(started.output())!.map(Number);
    return { started, ports, web: web!, database: database!, owned: descendantsOf(started.child.pid!) };
  }

  it("stops the web server and the database when the start script is killed with SIGKILL", async () => {
    const { started, ports, web, database, owned } = await startDirectory();
    expect(owned).toEqual(expect.arrayContaining([web, database]));

    started.child.kill("SIGKILL");
    await started.exited;
    expect(await waitUntil(() => owned.every((pid) => !processAlive(pid)), FOLLOW_MS)).toBe(true);
    expect(await portIsFree(ports.database)).toBe(true);
    expect(await portIsFree(ports.web, "0.0.0.0")).toBe(true);
  }, 240_000);

  it("stops the database and exits when the web server is killed", async () => {
    const { started, database, web, owned } = await startDirectory();

    process.kill(web, "SIGKILL");
    const code = await started.exited;
    expect(code).not.toBe(0);
    expect(started.output()).toContain("the web server exited (killed by SIGKILL)");
    expect(started.output()).toContain("stopped");
    expect(processAlive(database)).toBe(false);
    expect(await waitUntil(() => owned.every((pid) => !processAlive(pid)), FOLLOW_MS)).toBe(true);
  }, 240_000);
});
