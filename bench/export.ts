// npm run bench:export [-- --db <url> ...] [-- --runs N]
//
// The CSV export's throughput and memory against the database's own limit: the same query written out by
// `COPY (...) TO STDOUT`. Each measurement runs in a fresh child process so its peak RSS is its own.
// Databases: the directory's own (DATABASE_URL's, or the embedded one; migrated and loaded with the real data
// when empty, as `npm start` does) and every directory_synthetic_N database on the same server, unless --db is
// given.

import { spawnSync } from "node:child_process";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { prepareDirectoryDatabase } from "@/lib/seed/prepare.server";
import { csvChunks } from "@/lib/data-exchange/formats";
import { streamPartnershipRows } from "@/lib/partnerships/read.server";
import { exportRowsQuery } from "@/lib/data-exchange/sql";
import { WHOLE_DIRECTORY } from "@/lib/filters/sql";
import { type DatabaseServer, openDatabaseServer } from "@/tools/database-server";

type Measurement = { rows: number; bytes: number; seconds: number; peakRssMb: number };

const query = exportRowsQuery(WHOLE_DIRECTORY, "name");

/** The CSV export as the route runs it: cursor → rows → CSV text → encoded bytes. */
async function measureCsv(url: string): Promise<Measurement> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const encoder = new TextEncoder();
  let rows = -1; // the header is not a row
  let bytes = 0;
  const started = process.hrtime.bigint();
  for await (const chunk of csvChunks(streamPartnershipRows(query, { client }), "csv", {
    origin: "https://example.org",
  })) {
    bytes += encoder.encode(chunk).byteLength;
    rows += 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await client.end();
  return { rows, bytes, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** The database's own limit: the same query through COPY ... TO STDOUT, bytes counted and dropped. */
async function measureCopy(url: string): Promise<Measurement> {
  if (query.values.length) throw new Error("COPY cannot take parameters; benchmark the unfiltered export");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let bytes = 0;
  let rows = 0;
  const started = process.hrtime.bigint();
  await pipeline(
    client.query(copyTo(`COPY (${query.text}) TO STDOUT`)),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.byteLength;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows += 1;
        done();
      },
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await client.end();
  return { rows, bytes, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

const { values } = parseArgs({
  options: {
    db: { type: "string", multiple: true },
    runs: { type: "string" },
    child: { type: "string" },
    url: { type: "string" },
  },
});

if (values.child) {
  const measure = values.child === "copy" ? measureCopy : measureCsv;
  console.log(JSON.stringify(await measure(values.url!)));
  process.exit(0);
}

/** The directory's own database (migrated, with the real data) and every synthetic one beside it. */
async function databases(server: DatabaseServer): Promise<string[]> {
  const directory = server.urlOf(server.directoryDatabase);
  await prepareDirectoryDatabase(directory, say);
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname ~ '^directory_synthetic_[0-9]+$' ORDER BY length(datname), datname",
  );
  await admin.end();
  return [directory, ...rows.map(({ datname }) => server.urlOf(datname))];
}

function runChild(kind: "csv" | "copy", url: string): Measurement {
  const result = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), "--child", kind, "--url", url],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  if (result.status !== 0) throw new Error(`${kind} on ${url} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop()!);
}

const say = (line: string) => console.error(`[bench] ${line}`);
const runs = Number(values.runs ?? 1);
const table: Record<string, string | number>[] = [];
const server = values.db?.length ? null : await openDatabaseServer(say);
try {
  for (const url of server ? await databases(server) : values.db!) {
    const name = new URL(url).pathname.slice(1);
    for (const kind of ["csv", "copy"] as const) {
      const results = Array.from({ length: runs }, () => runChild(kind, url));
      const best = results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      table.push({
        database: name,
        method: kind === "csv" ? "CSV export (cursor)" : "COPY (same query)",
        rows: best.rows,
        "MB out": Number((best.bytes / 1e6).toFixed(1)),
        seconds: Number(best.seconds.toFixed(2)),
        "rows/s": Math.round(best.rows / best.seconds),
        "peak RSS MB": Math.round(Math.max(...results.map((r) => r.peakRssMb))),
      });
      console.error(`${name}: ${kind}: ${JSON.stringify(table.at(-1))}`);
    }
  }
} finally {
  await server?.stop();
}
console.table(table);
