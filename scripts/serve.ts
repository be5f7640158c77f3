// Starts the directory in one command.
//   npm start      production build (built first when missing or older than the sources), then `next start`
//   npm run dev    `next dev`
//   npm run db:start  only the database (migrated and seeded), e.g. for `npx prisma migrate dev`
// With DATABASE_URL unset, an embedded PostgreSQL runs from DATA_DIR (default .data/) on EMBEDDED_PG_PORT;
// with DATABASE_URL set, that server is used instead. Either way migrations are applied and the real data
// is loaded into an empty database before the web server starts. Ctrl-C or SIGTERM stops everything.

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import exitHook from "async-exit-hook";
import { databaseUrl, embeddedDataDir, embeddedPort } from "@/lib/db/config";
import { portIsFree, startEmbeddedDatabase, StartupError, type EmbeddedDatabase } from "@/lib/db/embedded.server";
import { prepareDirectoryDatabase } from "@/lib/seed/prepare.server";

type Mode = "start" | "dev" | "db";

const projectRoot = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");

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

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { cwd: projectRoot, env, stdio: "inherit" });
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let embedded: EmbeddedDatabase | null = null;
let web: ChildProcess | null = null;
let stopping = false;

/** Stops the web server first, then the database. */
async function shutdown(): Promise<void> {
  stopping = true;
  if (web && web.exitCode === null && web.signalCode === null) {
    web.kill("SIGTERM");
    await waitForExit(web);
  }
  await embedded?.stop().catch(() => {});
  embedded = null;
}

// Ctrl-C and SIGTERM; the embedded cluster registers its own hook with the same library as a second guard.
exitHook((done: () => void) => {
  shutdown().finally(() => {
    say("stopped");
    done();
  });
});

async function main(mode: Mode): Promise<void> {
  const port = mode === "db" ? 0 : webPort();
  if (mode !== "db" && !(await portIsFree(port, "0.0.0.0"))) {
    throw new StartupError(
      `Port ${port} is already in use. Stop whatever is using it, or choose another with PORT=3001 npm ${mode === "dev" ? "run dev" : "start"}.`,
    );
  }

  let url: string;
  if (process.env.DATABASE_URL) {
    url = databaseUrl();
    say(`using the database at DATABASE_URL (${new URL(url).host})`);
  } else {
    const started = Date.now();
    embedded = await startEmbeddedDatabase({
      dataDir: embeddedDataDir(),
      port: embeddedPort(),
      log: (line) => {
        if (process.env.DEBUG_DATABASE) say(`postgres: ${line}`);
      },
    });
    url = embedded.url;
    say(
      `${embedded.created ? "created" : "started"} the embedded database in ${path.relative(projectRoot, embedded.dataDir) || embedded.dataDir} ` +
        `on port ${embedded.port} (${Date.now() - started} ms)`,
    );
  }

  await prepareDirectoryDatabase(url, say);

  if (mode === "db") {
    say(`database ready at ${url} — Ctrl-C to stop`);
    await new Promise(() => {});
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };
  if (mode === "start" && !buildIsCurrent()) {
    say("building the production version (first start, or the sources changed)…");
    const code = await waitForExit(run(["build"], { ...env, NODE_ENV: "production" }));
    if (code !== 0) throw new StartupError(`The production build failed (exit code ${code}).`);
  }
  if (stopping) return;

  web = run(mode === "dev" ? ["dev", "--port", String(port)] : ["start", "--port", String(port)], env);
  say(`serving the directory at http://localhost:${port}`);
  const code = await waitForExit(web);
  if (!stopping) {
    say(`the web server exited (code ${code})`);
    await shutdown();
    process.exit(code === 0 ? 1 : code);
  }
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
  await shutdown();
  process.exit(1);
});
