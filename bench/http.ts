// npm run bench:http -- [--url URL] [--database URL] [--duration SECONDS] [--connections N] [--skip-wrk]
//
// The directory over HTTP on loopback, against a server already running (npm start; --url, default
// http://localhost:$PORT or 3000) and its database (--database, default DATABASE_URL or the embedded one):
//   bytes   each address fetched once as identity, gzip and brotli: bytes on the wire and time to the last byte
//   wrk     requests/s and p50/p95 latency with N connections (32 by default; 4 for the exports), uncompressed
//           and with Accept-Encoding: br, and the repeated request a CDN makes (If-None-Match → 304)
//   SQL     the database's own limits beside them: the statements a search runs (lib/filters), sent straight to
//           PostgreSQL with as many connections, and COPY of the export's query
// Prints a Markdown table; figures in bench/README.md.

import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { databaseUrl } from "@/lib/db/config";

const USAGE =
  "usage: npm run bench:http -- [--url URL] [--database URL] [--duration SECONDS] [--connections N] [--skip-wrk]";
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    database: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string" },
    "skip-wrk": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const base = (args.url ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
const database = args.database ?? databaseUrl();
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 32);
if (!(duration > 0) || !Number.isInteger(connections) || connections < 1) {
  console.error(`--duration must be a number of seconds and --connections a whole number\n${USAGE}`);
  process.exit(2);
}

// ---- one request, its bytes ---------------------------------------------------------------------------------

type Fetched = { status: number; bytes: number; decodedBytes: number; ms: number; headers: http.IncomingHttpHeaders };

function fetchOnce(pathAndQuery: string, headers: Record<string, string>): Promise<Fetched> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${pathAndQuery}`, { headers }, (response) => {
        let bytes = 0;
        let decodedBytes = 0;
        const coding = response.headers["content-encoding"];
        const decoder =
          coding === "br" ? zlib.createBrotliDecompress() : coding === "gzip" ? zlib.createGunzip() : null;
        const done = () =>
          resolve({
            status: response.statusCode!,
            bytes,
            decodedBytes,
            ms: performance.now() - started,
            headers: response.headers,
          });
        response.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          if (decoder) decoder.write(chunk);
          else decodedBytes += chunk.length;
        });
        decoder?.on("data", (chunk: Buffer) => (decodedBytes += chunk.length));
        decoder?.on("end", done);
        decoder?.on("error", reject);
        response.on("end", () => (decoder ? decoder.end() : done()));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/** One request, raw; asked again once if the server, still busy with a load run, drops the connection. */
async function fetchRaw(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Fetched> {
  try {
    return await fetchOnce(pathAndQuery, headers);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return fetchOnce(pathAndQuery, headers);
  }
}

// ---- wrk ----------------------------------------------------------------------------------------------------

const REPORT = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests":%d,"seconds":%f,"p50":%f,"p95":%f,"errors":%d,"status":%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    e.connect + e.read + e.write + e.timeout, e.status))
end
`;
const script = path.join(os.tmpdir(), `directory-bench-http-${process.pid}.lua`);
writeFileSync(script, REPORT);

type Load = { rps: number; p50: number; p95: number; errors: number };

function wrk(pathAndQuery: string, headers: Record<string, string>, clients: number): Load {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const output = execFileSync(
    "wrk",
    [
      "-t2",
      `-c${clients}`,
      `-d${duration}s`,
      "--timeout",
      "10s",
      "-s",
      script,
      ...headerArgs,
      `${base}${pathAndQuery}`,
    ],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const line = output.split("\n").find((text) => text.startsWith("WRK "));
  if (!line) throw new Error(`wrk printed no report:\n${output}`);
  const report = JSON.parse(line.slice(4)) as {
    requests: number;
    seconds: number;
    p50: number;
    p95: number;
    errors: number;
    status: number;
  };
  return {
    rps: report.requests / report.seconds,
    p50: report.p50,
    p95: report.p95,
    errors: report.errors + report.status,
  };
}

// ---- the database's own limits ------------------------------------------------------------------------------

/** The statements a search for `query` runs, sent by `clients` connections for the duration: searches/s, p50, p95. */
async function sqlLoad(query: string, clients: number): Promise<Load> {
  const { parseParams } = await import("@/lib/filters/schema");
  const { resolveFilter } = await import("@/lib/filters/query.server");
  const { searchStatements } = await import("@/lib/filters/sql");
  const { createPrismaClient } = await import("@/lib/db/client.server");
  const { filter, options } = parseParams(new URLSearchParams(query));
  const prisma = createPrismaClient(database);
  const { resolved } = await resolveFilter(filter, prisma).finally(() => prisma.$disconnect());
  const statements = Object.values(searchStatements(resolved, options));
  const pool = new pg.Pool({ connectionString: database, max: clients });
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + duration * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const begun = performance.now();
        try {
          await Promise.all(statements.map((statement) => pool.query(statement.text, statement.values)));
          times.push(performance.now() - begun);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? NaN;
  return { rps: times.length / seconds, p50: at(50), p95: at(95), errors };
}

/** COPY of the whole export's query: seconds and bytes, the floor for any CSV export over HTTP. */
async function copyExport(): Promise<{ seconds: number; bytes: number }> {
  const { exportRowsQuery } = await import("@/lib/data-exchange/sql");
  const { EMPTY_FILTER } = await import("@/lib/filters/schema");
  const { resolveFilter } = await import("@/lib/filters/query.server");
  const { createPrismaClient } = await import("@/lib/db/client.server");
  const prisma = createPrismaClient(database);
  const { resolved } = await resolveFilter(EMPTY_FILTER, prisma).finally(() => prisma.$disconnect());
  const query = exportRowsQuery(resolved, "name");
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  let bytes = 0;
  const started = performance.now();
  await pipeline(
    client.query(copyTo(`COPY (${query.text}) TO STDOUT`)),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    }),
  );
  await client.end();
  return { seconds: (performance.now() - started) / 1000, bytes };
}

// ---- the run --------------------------------------------------------------------------------------------------

const mb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} KB`);
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

async function main(): Promise<void> {
  const boundariesVersion = (await fetchRaw("/api/boundaries", { "Accept-Encoding": "identity" })).headers.etag?.match(
    /full\.([0-9a-f]+)/,
  )?.[1];
  const coarse = boundariesVersion ? `/api/boundaries/coarse.${boundariesVersion}.json` : null;
  const addresses: { label: string; path: string; clients: number }[] = [
    { label: "/", path: "/", clients: connections },
    { label: "/api/partnerships", path: "/api/partnerships", clients: connections },
    { label: "/api/map", path: "/api/map", clients: connections },
    { label: "/api/boundaries (full)", path: "/api/boundaries", clients: connections },
    ...(coarse ? [{ label: "/api/boundaries coarse band", path: coarse, clients: connections }] : []),
    { label: "/api/partnerships.csv (all)", path: "/api/partnerships.csv", clients: Math.min(4, connections) },
    { label: "/api/partnerships.geojson (all)", path: "/api/partnerships.geojson", clients: Math.min(4, connections) },
  ];

  say(`server ${base}, database ${new URL(database).host}${new URL(database).pathname}, ${duration} s per run`);
  console.log("\n| address | identity | gzip | br | br ratio | time identity → br |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const { label, path: address } of addresses) {
    const identity = await fetchRaw(address, { "Accept-Encoding": "identity" });
    const gzip = await fetchRaw(address, { "Accept-Encoding": "gzip" });
    const br = await fetchRaw(address, { "Accept-Encoding": "br, gzip" });
    // Pages differ per request (a nonce); everything else must decode to exactly the identity body's length.
    if (br.decodedBytes !== identity.bytes && label !== "/") {
      say(`${label}: brotli decoded to ${br.decodedBytes} bytes, identity is ${identity.bytes}`);
    }
    console.log(
      `| ${label} | ${mb(identity.bytes)} | ${mb(gzip.bytes)} | ${mb(br.bytes)} | ${(identity.bytes / br.bytes).toFixed(1)}× | ${ms(identity.ms)} → ${ms(br.ms)} ms |`,
    );
  }

  const copy = await copyExport();
  const csv = await fetchRaw("/api/partnerships.csv", { "Accept-Encoding": "identity" });
  const csvBr = await fetchRaw("/api/partnerships.csv", { "Accept-Encoding": "br" });
  const csvGzip = await fetchRaw("/api/partnerships.csv", { "Accept-Encoding": "gzip" });
  console.log(
    `\nCSV export vs COPY of its query: COPY ${copy.seconds.toFixed(2)} s (${mb(copy.bytes)}); over HTTP identity ` +
      `${(csv.ms / 1000).toFixed(2)} s (${(csv.ms / 1000 / copy.seconds).toFixed(2)}× COPY), gzip ${(csvGzip.ms / 1000).toFixed(2)} s ` +
      `(${(csvGzip.ms / 1000 / copy.seconds).toFixed(2)}×, ${mb(csvGzip.bytes)}), br ${(csvBr.ms / 1000).toFixed(2)} s ` +
      `(${(csvBr.ms / 1000 / copy.seconds).toFixed(2)}×, ${mb(csvBr.bytes)})`,
  );

  if (args["skip-wrk"]) return;
  console.log("\n| address | connections | coding | req/s | p50 ms | p95 ms | errors |");
  console.log("|---|---:|---|---:|---:|---:|---:|");
  const row = (label: string, clients: number, coding: string, load: Load) =>
    console.log(
      `| ${label} | ${clients} | ${coding} | ${load.rps.toFixed(0)} | ${ms(load.p50)} | ${ms(load.p95)} | ${load.errors} |`,
    );
  for (const { label, path: address, clients } of addresses) {
    row(label, clients, "identity", wrk(address, {}, clients));
    row(label, clients, "br", wrk(address, { "Accept-Encoding": "br" }, clients));
    const etag = (await fetchRaw(address, { "Accept-Encoding": "br" })).headers.etag;
    if (etag)
      row(
        label,
        clients,
        "br, If-None-Match (304)",
        wrk(address, { "Accept-Encoding": "br", "If-None-Match": etag }, clients),
      );
  }
  const sql = await sqlLoad("", connections);
  row("SQL of /api/partnerships (page + summary)", connections, "—", sql);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
