// The one-command start: an embedded database that is created, migrated and seeded on first start,
// reused on the second, stopped with the process, and a clear message when a port is taken.

import { existsSync } from "node:fs";
import { chmod, mkdtemp, readdir, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedDatabaseUrl } from "@/lib/db/config";
import { freePort } from "@/lib/db/ports";
import { readSeedPartnershipSlugs } from "../support/seed-files";
import { postmasterPid, processAlive, serve, waitFor } from "../support/serve-process";

describe("npm start's database lifecycle", () => {
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "directory-serve-"));
    await chmod(dataDir, 0o755);
    port = await freePort();
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("creates, migrates and seeds the embedded database, then stops it on SIGTERM", async () => {
    // A temporary folder of its own, to see that creating the cluster leaves no password behind in it.
    const tmp = await mkdtemp(path.join(os.tmpdir(), "directory-serve-tmp-"));
    const first = serve("db", { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port), TMPDIR: tmp });
    await waitFor(first, "database ready");
    expect(first.output()).toContain("created the embedded database");
    expect(first.output()).toContain("loaded the real data");
    const secrets = (entries: string[]) => entries.filter((name) => /password|initdb/i.test(name));
    expect(secrets(await readdir(tmp, { recursive: true }))).toEqual([]);
    expect(secrets(await readdir(dataDir))).toEqual([]);
    await rm(tmp, { recursive: true, force: true });

    const client = new pg.Client({ connectionString: embeddedDatabaseUrl(port) });
    await client.connect();
    const { rows } = await client.query<{ slug: string }>("SELECT slug FROM partnership ORDER BY slug");
    await client.end();
    expect(rows.map((row) => row.slug)).toEqual((await readSeedPartnershipSlugs()).sort());

    const pid = await postmasterPid(dataDir);
    expect(processAlive(pid)).toBe(true);
    first.child.kill("SIGTERM");
    await first.exited;
    expect(first.output()).toContain("stopped");
    expect(processAlive(pid)).toBe(false);
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
  });

  it("reuses the data on a second start and stops on SIGINT", async () => {
    const second = serve("db", { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
    await waitFor(second, "database ready");
    expect(second.output()).toContain("started the embedded database");
    expect(second.output()).toContain("already holds data");
    const pid = await postmasterPid(dataDir);
    second.child.kill("SIGINT");
    await second.exited;
    expect(processAlive(pid)).toBe(false);
  });

  it("says clearly when the database port is taken, and leaves nothing running", async () => {
    const blocker = net.createServer().listen(port, "127.0.0.1");
    await new Promise((resolve) => blocker.once("listening", resolve));
    try {
      const third = serve("db", { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
      const code = await third.exited;
      expect(code).not.toBe(0);
      expect(third.output()).toContain(`Port ${port} is already in use`);
      expect(third.output()).toContain("EMBEDDED_PG_PORT");
      expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it("says clearly when the web port is taken, before starting anything", async () => {
    const webPort = await freePort();
    const blocker = net.createServer().listen(webPort, "0.0.0.0");
    await new Promise((resolve) => blocker.once("listening", resolve));
    try {
      const start = serve("start", { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port), PORT: String(webPort) });
      const code = await start.exited;
      expect(code).not.toBe(0);
      expect(start.output()).toContain(`Port ${webPort} is already in use`);
      expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
    } finally {
      blocker.close();
    }
  });
});
