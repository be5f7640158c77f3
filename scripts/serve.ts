// Starts the directory in one command.
//   npm start      production build (built first when missing or older than the sources), then the web server
//   npm run dev    the development server
//   npm run db:start  only the database (migrated and seeded), e.g. for `npx prisma migrate dev`
// With DATABASE_URL unset, an embedded PostgreSQL runs from DATA_DIR (default .data/) on EMBEDDED_PG_PORT and is
// started again whenever it exits unasked; with DATABASE_URL set, that server is used instead. Either way
// migrations are applied and the real data is loaded into an empty database before the web server starts.
//
// This process owns the others: the database and the web server (scripts/web-server.ts) each have a watchdog
// that stops them if this process dies, however it dies; if the web server dies, this process stops the database
// and exits. Ctrl-C, SIGTERM or SIGHUP stop the web server, then the database, and print "stopped".

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { databaseUrl, embeddedDataDir, embeddedPort } from "@/lib/db/config";
import { type EmbeddedDatabase, startEmbeddedDatabase, StartupError } from "@/lib/db/embedded.server";
import { ephemeralPortRange, isEphemeralPort, portIsFree } from "@/lib/db/ports";
import { prepareDirectoryDatabase } from "@/lib/seed/prepare.server";
import { parseTrustProxy, TrustProxyError } from "@/lib/http/forwarded";
import { followThisProcess } from "@/lib/process/follow-parent.server";

type Mode = "start" | "dev" | "db";

const projectRoot = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");
/** How long the web server (or a build) gets to stop before it is killed. */
const CHILD_STOP_MS = 8_000;

function say(message: string): void {
  process.stdout.write(`[directory] ${message}\n`);
}

function webPort(): number {
  const raw = process.env.PORT ?? "3000";
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new StartupError(`PORT must be a port number (1-65535), not "${raw}"`);
  return port;
}

/** Newest modification time among the files a production build is made from. */
function newestSourceTime(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const full = path.join(projectRoot, entry);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const child of readdirSync(full)) if (child !== "generated") visit(path.join(entry, child));
    } else if (!/\.test\.tsx?$/.test(entry)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const entry of [
    "app",
    "components",
    "lib",
    "public",
    "next.config.ts",
    "proxy.ts",
    "instrumentation.ts",
    "tsconfig.json",
    "package-lock.json",
    "prisma/schema.prisma",
  ])
    visit(entry);
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(projectRoot, ".next/BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceTime();
}

function describeExit(child: ChildProcess): string {
  return child.signalCode ? `killed by ${child.signalCode}` : `exit code ${child.exitCode}`;
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
  });
}

/**
 * A child in its own process group (so a Ctrl-C reaches only this process, which stops things in order), with a
 * watchdog that sends it SIGTERM if this process dies.
 */
function runChild(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: "inherit", detached: true });
  followThisProcess(child, { signal: "SIGTERM", graceSeconds: CHILD_STOP_MS / 1000 });
  return child;
}

async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), CHILD_STOP_MS);
  await exitOf(child);
  clearTimeout(timer);
}

let embedded: EmbeddedDatabase | null = null;
let web: ChildProcess | null = null;
let build: ChildProcess | null = null;
let stopping: Promise<void> | null = null;

/** Stops the web server (or a build) first, then the database; prints "stopped" and exits. */
function shutdown(code: number): Promise<void> {
  stopping ??= (async () => {
    await Promise.all([stopChild(web), stopChild(build)]);
    await embedded?.stop().catch((error: unknown) => say(`the database did not stop cleanly: ${String(error)}`));
    say("stopped");
    process.exit(code);
  })();
  return stopping;
}

/** A signal this soon after the first is the same request (a terminal signals npm and this process; npm passes it on). */
const REPEATED_SIGNAL_MS = 2_000;
let firstSignalAt: number | null = null;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (firstSignalAt === null) {
      firstSignalAt = Date.now();
      void shutdown(0);
      return;
    }
    if (Date.now() - firstSignalAt < REPEATED_SIGNAL_MS) return;
    // A second Ctrl-C while stopping: stop everything at once.
    say("stopping at once");
    for (const child of [web, build]) child?.kill("SIGKILL");
    const pid = embedded?.pid();
    if (pid) process.kill(pid, "SIGQUIT");
    process.exit(1);
  });
}

// The start script follows its own parent too (npm, or a shell): when that goes, even by `kill -9`, this process is
// handed to another parent, and it stops everything rather than serve on with no one to stop it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent && !stopping) {
    say(`the process that started the directory (${parent}) has gone; stopping`);
    void shutdown(1);
  }
}, 1_000).unref();

async function main(mode: Mode): Promise<void> {
  const port = mode === "db" ? 0 : webPort();
  if (mode !== "db") {
    try {
      parseTrustProxy(process.env.TRUST_PROXY);
    } catch (error) {
      if (error instanceof TrustProxyError) throw new StartupError(error.message);
      throw error;
    }
    if (!(await portIsFree(port, "0.0.0.0"))) {
      throw new StartupError(
        `Port ${port} is already in use. Stop whatever is using it, or choose another with PORT=3001 npm ${mode === "dev" ? "run dev" : "start"}.`,
      );
    }
  }

  let url: string;
  if (process.env.DATABASE_URL) {
    url = databaseUrl();
    say(`using the database at DATABASE_URL (${new URL(url).host})`);
  } else {
    const databasePort = embeddedPort();
    if (isEphemeralPort(databasePort)) {
      const range = ephemeralPortRange();
      say(
        `warning: EMBEDDED_PG_PORT ${databasePort} lies in the range this system uses for outgoing connections ` +
          `(${range.low}-${range.high}); while the database restarts, another program may be given that port. ` +
          `A port below ${range.low} is safer.`,
      );
    }
    const started = Date.now();
    embedded = await startEmbeddedDatabase({
      dataDir: embeddedDataDir(),
      port: databasePort,
      log: (line) => {
        if (process.env.DEBUG_DATABASE) say(`postgres: ${line}`);
      },
      supervise: say,
    });
    url = embedded.url;
    say(
      `${embedded.created ? "created" : "started"} the embedded database in ${path.relative(projectRoot, embedded.dataDir) || embedded.dataDir} ` +
        `on port ${embedded.port} (${Date.now() - started} ms)`,
    );
    if (embedded.relocatedTo) {
      say(
        `its files are in ${embedded.relocatedTo} (linked from ${path.relative(projectRoot, embedded.dataDir)}): ` +
          `the postgres user it runs as cannot enter this project's folder`,
      );
    }
  }
  if (stopping) return;

  await prepareDirectoryDatabase(url, say);
  if (stopping) return;

  if (mode === "db") {
    say(`database ready at ${url} — Ctrl-C to stop`);
    // Runs until a signal; the timer keeps the process alive while the database restarts.
    setInterval(() => {}, 1 << 30);
    return;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };
  if (mode === "start" && !buildIsCurrent()) {
    say("building the production version (first start, or the sources changed)…");
    build = runChild([nextBin, "build"], { ...env, NODE_ENV: "production" });
    await exitOf(build);
    if (stopping) return;
    if (build.exitCode !== 0) throw new StartupError(`The production build failed (${describeExit(build)}).`);
    build = null;
  }

  web = runChild(["--import", "tsx/esm", path.join(projectRoot, "scripts/web-server.ts"), mode], {
    ...env,
    NODE_ENV: mode === "dev" ? "development" : "production",
  });
  say(`web server process ${web.pid}${embedded ? `, database process ${embedded.pid()}` : ""}`);
  const running = web;
  running.once("exit", () => {
    if (stopping) return;
    say(`the web server exited (${describeExit(running)}); stopping the database`);
    void shutdown(1);
  });
}

const mode = (process.argv[2] ?? "start") as Mode;
if (!["start", "dev", "db"].includes(mode)) {
  console.error(`Unknown mode "${mode}": use start, dev or db.`);
  process.exit(2);
}

main(mode).catch(async (error: unknown) => {
  const message =
    error instanceof StartupError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  console.error(`\n[directory] could not start: ${message}\n`);
  // Leave no database process behind when start-up fails half-way.
  await shutdown(1);
});
