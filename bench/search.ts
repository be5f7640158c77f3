// npm run bench:search -- [--database NAME] [--runs N] [--url URL] [--port P] [--skip-api] [--explain CASE]
//
// Latency of the directory's representative searches, measured two ways on the same database:
//   API  GET /api/partnerships?… on a production server (started here against the database, or --url)
//   SQL  the statements the query builder (lib/filters) generates for the same filter — the page of results with
//        their entries, and the totals with the six facet counts — sent straight to PostgreSQL, concurrently as the
//        search sends them.
// The gap between the two is what the server adds (resolving council codes, the data version, JSON and HTTP) or
// saves (the summary is kept per filter until the data changes, decision 022). See bench/README.md.

import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { portIsFree } from "@/lib/db/ports";
import { prepareDirectoryDatabase } from "@/lib/seed/prepare.server";
import { openDatabaseServer } from "@/tools/database-server";

/** The representative searches: one per kind of filter, and one that combines several. */
export const CASES = [
  { name: "everything (no filter)", query: "" },
  { name: "text: legal", query: "q=legal" },
  { name: "text with a typo: waste partnershp", query: "q=waste+partnershp" },
  { name: "facets: waste, south-west", query: "service=waste-environment&region=south-west" },
  { name: "savings £100k–£5m a year", query: "savingsMin=100000&savingsMax=5000000" },
  { name: "council: E07000078", query: "council=E07000078" },
  { name: "near E07000078, 40 km", query: "near=E07000078&withinKm=40" },
  {
    name: "combined: text, facets, savings, sort",
    query:
      "q=shared+service&service=finance-revenues-benefits&region=south-west&savingsMin=50000&status=active&sort=savings",
  },
  { name: "text, a county: Gloucestershire", query: "q=Gloucestershire" },
  { name: "text, a region: South West", query: "q=South+West" },
  { name: "text, a code: E07000078", query: "q=E07000078" },
  { name: "text, a synonym: bins", query: "q=bins" },
  { name: "text, a short synonym: IT", query: "q=IT" },
  { name: "text, a council and a service: Cheltenham legal", query: "q=Cheltenham+legal" },
] as const;

const USAGE =
  "usage: npm run bench:search -- [--database NAME] [--runs N] [--budget SECONDS] [--timeout SECONDS] [--url URL] [--port P] [--skip-api] [--explain CASE-NUMBER]";
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const projectRoot = path.resolve(import.meta.dirname, "..");

let args: {
  database?: string;
  runs?: string;
  budget?: string;
  timeout?: string;
  url?: string;
  port?: string;
  "skip-api"?: boolean;
  explain?: string;
  help?: boolean;
};
try {
  ({ values: args } = parseArgs({
    options: {
      database: { type: "string" },
      runs: { type: "string" },
      budget: { type: "string" },
      timeout: { type: "string" },
      url: { type: "string" },
      port: { type: "string" },
      "skip-api": { type: "boolean" },
      explain: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(args.runs ?? 50);
const port = Number(args.port ?? 3400);
const WARM_UP = 3;
const budgetMs = Number(args.budget ?? 60) * 1000;
const timeoutMs = Number(args.timeout ?? 60) * 1000;
if (!Number.isInteger(runs) || runs < 1 || !(budgetMs > 0) || !(timeoutMs > 0)) {
  console.error(`--runs must be a whole number of at least 1, --budget and --timeout numbers of seconds\n${USAGE}`);
  process.exit(2);
}

// ---- measuring ------------------------------------------------------------------------------------------

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface Timing {
  p50: number;
  p95: number;
  /** Runs actually timed: fewer than asked when a search is too slow for the time budget. */
  n: number;
}

/** Times `work` `count` times after warming up, stopping early once the time budget is spent. */
async function measure(work: () => Promise<unknown>, count = runs, budget = budgetMs): Promise<Timing> {
  const timeOf = async () => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  for (let i = 0; i < WARM_UP; i += 1) if ((await timeOf()) > 5_000) break;
  const times: number[] = [];
  const started = performance.now();
  while (times.length < count && (times.length === 0 || performance.now() - started < budget))
    times.push(await timeOf());
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), n: times.length };
}

// ---- the SQL side: the query builder's own statements -----------------------------------------------------

interface Statement {
  name: string;
  text: string;
  values: unknown[];
}

/** The statements searchPartnerships runs for a query string, taken from lib/filters (never rewritten here). */
async function statementsFor(query: string, databaseUrl: string): Promise<Statement[]> {
  const { parseParams } = await import("@/lib/filters/schema");
  const { resolveFilter } = await import("@/lib/filters/query.server");
  const { searchStatements } = await import("@/lib/filters/sql");
  const { partnershipRowsOf } = await import("@/lib/partnerships/read.server");
  const { createPrismaClient } = await import("@/lib/db/client.server");
  const { filter, options, problems } = parseParams(new URLSearchParams(query));
  if (problems.length)
    throw new Error(`the case "${query}" is not a valid filter: ${problems.map((p) => p.message).join("; ")}`);
  const prisma = createPrismaClient(databaseUrl);
  try {
    const { resolved, problems: unresolved } = await resolveFilter(filter, prisma);
    if (unresolved.length)
      throw new Error(`the case "${query}" does not resolve: ${unresolved.map((p) => p.message).join("; ")}`);
    // The page as the search reads it: its ids and their entries in one statement.
    const { page, summary } = searchStatements(resolved, options);
    return Object.entries({ page: partnershipRowsOf(page), summary }).map(([name, sql]) => ({
      name,
      text: sql.text,
      values: sql.values,
    }));
  } finally {
    await prisma.$disconnect();
  }
}

interface SqlResult {
  /** All the statements together, as a search runs them; null when one of them exceeded the time limit. */
  timing: Timing | null;
  /** Partnerships matching (from the summary statement); null when it exceeded the time limit. */
  matches: number | null;
  /** The slowest statement alone (one run, after the others warmed the cache); null when it exceeded the limit. */
  slowest: { name: string; p50: number | null };
}

/** Runs `work`; a statement or request stopped by the time limit gives null instead of an error. */
async function unlessTimedOut<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && /statement timeout|aborted|timeout/i.test(`${error.name} ${error.message}`))
      return null;
    throw error;
  }
}

async function measureSql(pool: pg.Pool, statements: Statement[]): Promise<SqlResult> {
  const totals = statements.find((s) => s.name === "summary")!;
  const counted = await unlessTimedOut(() => pool.query<{ partnerships: number }>(totals.text, totals.values));
  // All together, as a search runs them; then each alone, once, to name the one that dominates.
  const timing = await unlessTimedOut(() =>
    measure(() => Promise.all(statements.map((s) => pool.query(s.text, s.values)))),
  );
  let slowest: SqlResult["slowest"] = { name: "", p50: -1 };
  for (const statement of statements) {
    const started = performance.now();
    const done = await unlessTimedOut(() => pool.query(statement.text, statement.values));
    const elapsed = done === null ? null : performance.now() - started;
    if (slowest.p50 !== null && (elapsed === null || elapsed > slowest.p50))
      slowest = { name: statement.name, p50: elapsed };
  }
  return { timing, matches: counted?.rows[0]?.partnerships ?? null, slowest };
}

// ---- the API side: a production server ---------------------------------------------------------------

async function waitForHealth(base: string, child: ChildProcess | null, logFile: string | null): Promise<void> {
  const deadline = Date.now() + 20 * 60_000; // the first start may build the production version
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      const tail = logFile ? readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n") : "";
      throw new Error(`the server exited (code ${child.exitCode}) before it was ready:\n${tail}`);
    }
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the server at ${base} did not become ready`);
}

/** Starts the server; when another production build of the same tree is under way, waits for it and tries again. */
async function startServer(databaseUrl: string): Promise<{ base: string; stop: () => Promise<void> }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startServerOnce(databaseUrl);
    } catch (error) {
      if (attempt >= 20 || !/Another next build process is already running/.test((error as Error).message)) throw error;
      say("another production build is running in this tree; trying again in 30 s");
      await new Promise((resolve) => setTimeout(resolve, 30_000));
    }
  }
}

async function startServerOnce(databaseUrl: string): Promise<{ base: string; stop: () => Promise<void> }> {
  if (!(await portIsFree(port, "0.0.0.0")))
    throw new Error(`port ${port} is in use: choose another with --port, or pass --url`);
  const logFile = path.join(os.tmpdir(), `directory-bench-server-${port}.log`);
  const log = createWriteStream(logFile);
  await new Promise((resolve) => log.once("open", resolve));
  say(`starting the production server on port ${port} (npm start; its log: ${logFile})`);
  const child = spawn("npm", ["start"], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", log, log],
    detached: true, // its own process group, so that stopping it stops Next.js too
  });
  const base = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    const timeout = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 20_000);
    await exited;
    clearTimeout(timeout);
  };
  try {
    await waitForHealth(base, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

interface ApiResult extends Timing {
  matches: number;
}

async function measureApi(base: string, query: string): Promise<ApiResult> {
  const url = `${base}/api/partnerships${query ? `?${query}` : ""}`;
  const get = async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${body.slice(0, 300)}`);
    return body;
  };
  const first = JSON.parse(await get()) as { total: number };
  return { ...(await measure(get)), matches: first.total };
}

// ---- the run ------------------------------------------------------------------------------------------

const ms = (value: number | undefined) =>
  value === undefined ? "–" : value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

const server = await openDatabaseServer(say);
let api: { base: string; stop: () => Promise<void> } | null = null;
let pool: pg.Pool | null = null;
// Ctrl-C stops the server this run started, and the embedded database if it started that too.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping`);
    void Promise.allSettled([api?.stop(), server.stop()]).finally(() => process.exit(130));
  });
}
try {
  const database = args.database ?? server.directoryDatabase;
  const databaseUrl = server.urlOf(database);
  // The directory's own database is measured as `npm start` would serve it: migrated, with the real data.
  if (args.database === undefined) await prepareDirectoryDatabase(databaseUrl, say);
  // As many connections as the server's own pool (lib/db/client.server.ts), each statement stopped at the limit.
  pool = new pg.Pool({ connectionString: databaseUrl, max: 10, statement_timeout: timeoutMs });
  const facts = await pool.query<{ version: string; size: string; partnerships: number }>(
    "SELECT split_part(version(), ' ', 2) AS version, pg_size_pretty(pg_database_size(current_database())) AS size, (SELECT count(*) FROM partnership)::int AS partnerships",
  );
  const { version, size, partnerships } = facts.rows[0]!;
  say(`database ${database}: ${partnerships.toLocaleString("en-GB")} partnerships, ${size}, PostgreSQL ${version}`);

  if (args.explain !== undefined) {
    const chosen = CASES[Number(args.explain) - 1];
    if (!chosen) throw new Error(`--explain takes a case number from 1 to ${CASES.length}`);
    for (const statement of await statementsFor(chosen.query, databaseUrl)) {
      const { rows } = await pool.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
        statement.values,
      );
      console.log(`\n-- ${chosen.name}: ${statement.name}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
  } else {
    if (!args["skip-api"])
      api = args.url ? { base: args.url.replace(/\/$/, ""), stop: async () => {} } : await startServer(databaseUrl);
    if (api) await waitForHealth(api.base, null, null);

    const rows: string[][] = [];
    for (const [index, testCase] of CASES.entries()) {
      say(`${index + 1}/${CASES.length} ${testCase.name}`);
      const sql = await measureSql(pool, await statementsFor(testCase.query, databaseUrl));
      let api$: ApiResult | "timeout" | "error" | null = null;
      if (api) {
        try {
          api$ = (await unlessTimedOut(() => measureApi(api!.base, testCase.query))) ?? "timeout";
        } catch (error) {
          api$ = "error";
          say(`  API: ${(error as Error).message.split("\n")[0]}`);
        }
      }
      const over = `> ${timeoutMs / 1000}s`;
      const apiCell = (p: "p50" | "p95") =>
        api$ === null ? "–" : typeof api$ === "string" ? (api$ === "timeout" ? over : "error") : ms(api$[p]);
      rows.push([
        `${index + 1}. ${testCase.name}`,
        sql.matches === null ? "?" : sql.matches.toLocaleString("en-GB"),
        apiCell("p50"),
        apiCell("p95"),
        sql.timing ? ms(sql.timing.p50) : over,
        sql.timing ? ms(sql.timing.p95) : over,
        `${api$ && typeof api$ !== "string" ? `${api$.n}/` : ""}${sql.timing?.n ?? 0}`,
        `${sql.slowest.name} ${sql.slowest.p50 === null ? over : ms(sql.slowest.p50)}`,
      ]);
    }

    const header = ["case", "matches", "API p50", "API p95", "SQL p50", "SQL p95", "runs", "slowest statement alone"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      `| ${cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
    console.log(
      [
        "",
        `${database}: ${partnerships.toLocaleString("en-GB")} partnerships, ${size}; PostgreSQL ${version}; ${machine()}`,
        `${runs} runs per case after ${WARM_UP} warm-up runs, or fewer when a case takes more than ${budgetMs / 1000}s ` +
          `("runs": API/SQL); each statement and request stopped after ${timeoutMs / 1000}s` +
          `${api ? `; API at ${api.base}` : "; API not measured"}`,
        "",
        line(header),
        `| ${widths.map((w, i) => (i === 0 || i === 7 ? `:${"-".repeat(w - 1)}` : `${"-".repeat(w - 1)}:`)).join(" | ")} |`,
        ...rows.map(line),
      ].join("\n"),
    );
  }
} catch (error) {
  console.error(`\n[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await pool?.end();
  await api?.stop();
  await server.stop();
}
