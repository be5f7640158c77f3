// The one-command start: an embedded database that is created, migrated and seeded on first start,
// reused on the second, stopped with the process, and a clear message when a port is taken.

import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded.server";
import { embeddedDatabaseUrl } from "@/lib/db/config";
import { readSeedPartnershipSlugs } from "../support/seed-files";

const projectRoot = path.resolve(import.meta.dirname, "../..");

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

function serve(mode: "db" | "start", env: Record<string, string>): Started {
  // Always the embedded database, even when the suite itself runs against a server.
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/serve.ts", mode], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: "", ...env },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(started: Started, text: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (started.child.exitCode !== null) throw new Error(`exited before "${text}":\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}":\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postmasterPid(dataDir: string): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  return Number((await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n")[0]);
}

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
    const first = serve("db", { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
    await waitFor(first, "database ready");
    expect(first.output()).toContain("created the embedded database");
    expect(first.output()).toContain("loaded the real data");

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
