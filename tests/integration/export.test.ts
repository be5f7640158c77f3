// The exports against a real PostgreSQL loaded with the real data: CSV that a standard parser reads, with
// the same rows as the list API; formula-looking text neutralised; the Excel variant's byte-order mark; valid
// GeoJSON; a byte-identical round trip through the importer; an import with bad rows that changes nothing;
// and a large export streamed a piece at a time.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "@/lib/data-exchange/columns";
import { csvChunks } from "@/lib/data-exchange/formats";
import { geojsonProblems } from "@/lib/data-exchange/geojson";
import { formatImportProblem } from "@/lib/data-exchange/import";
import { ImportValidationError, importPartnerships } from "@/lib/data-exchange/import.server";
import { streamPartnershipRows } from "@/lib/partnerships/read.server";
import { exportRowsQuery } from "@/lib/data-exchange/sql";
import type { PartnershipRow } from "@/lib/partnerships/types";
import { WHOLE_DIRECTORY } from "@/lib/filters/sql";
import { loadSeed } from "@/lib/seed";
import { copySeedFolder, type SeedCopy } from "../support/seed-copy";
import { PARTNERSHIP_COLUMNS } from "@/lib/seed/schemas";
import { readSeedPartnershipSlugs } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

type Handler = (request: Request) => Promise<Response>;

let database: ThrowawayDatabase;
let client: pg.Client;
let csvRoute: Handler;
let jsonRoute: Handler;
let geojsonRoute: Handler;
let listRoute: Handler;
let downloadResponse: typeof import("@/lib/api/responses").downloadResponse;
const work = mkdtempSync(path.join(os.tmpdir(), "export-test-"));

beforeAll(async () => {
  database = await createThrowawayDatabase("export");
  await loadSeed({ connectionString: database.url });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  // The routes use the product's database clients, which read DATABASE_URL when first used.
  process.env.DATABASE_URL = database.url;
  csvRoute = (await import("@/app/api/partnerships.csv/route")).GET;
  jsonRoute = (await import("@/app/api/partnerships.json/route")).GET;
  geojsonRoute = (await import("@/app/api/partnerships.geojson/route")).GET;
  listRoute = (await import("@/app/api/partnerships/route")).GET;
  downloadResponse = (await import("@/lib/api/responses")).downloadResponse;
}, 180_000);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client.server");
  await prisma.$disconnect();
  const pool = (globalThis as { directoryExportPool?: pg.Pool }).directoryExportPool;
  await pool?.end();
  await client?.end();
  await database?.drop();
  rmSync(work, { recursive: true, force: true });
});

const request = (route: string, query = "") => new Request(`http://localhost/api/${route}${query ? `?${query}` : ""}`);
const csvRecords = (bytes: Buffer) => parse(bytes, { bom: true, columns: true }) as Record<string, string>[];

async function exportCsv(query = ""): Promise<{ response: Response; bytes: Buffer }> {
  const response = await csvRoute(request("partnerships.csv", query));
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function listTotal(query: string): Promise<number> {
  const response = await listRoute(request("partnerships", query));
  return (await response.json()).total;
}

describe("CSV export", () => {
  const filters = [
    "",
    "nation=scotland&service=waste-environment",
    "model=shared-management-team",
    "hasSavings=true&sort=savings",
    "q=waste",
    "council=E07000078",
  ];

  it.each(filters)("has a row per partnership the list API counts for %j, read by a standard parser", async (query) => {
    const { response, bytes } = await exportCsv(query);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="shared-services-\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.csv"$/,
    );
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const text = bytes.toString("utf8");
    expect(text.split("\r\n")[0]).toBe(EXPORT_COLUMNS.map((c) => c.name).join(","));
    expect(text.endsWith("\r\n")).toBe(true);
    const records = csvRecords(bytes);
    expect(records.length).toBe(await listTotal(query));
    expect(records.length).toBeGreaterThan(0);
  });

  it("gives exactly the directory's Scotland + waste partnerships, in its order", async () => {
    const query = "nation=scotland&service=waste-environment";
    const list = await (await listRoute(request("partnerships", `${query}&pageSize=100`))).json();
    const records = csvRecords((await exportCsv(query)).bytes);
    expect(records.map((r) => r.slug)).toEqual(list.items.map((i: { slug: string }) => i.slug));
    expect((await exportCsv(query)).response.headers.get("content-disposition")).toContain(
      "-scotland-waste-environment.csv",
    );
  });

  it("rejects a bad format, an unknown parameter, paging and a bad filter value with a 400 naming it", async () => {
    for (const [query, parameter] of [
      ["format=xlsx", "format"],
      ["colour=red", "colour"],
      ["page=2", "page"],
      ["service=nope", "service"],
    ]) {
      const response = await csvRoute(request("partnerships.csv", query));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.parameter).toBe(parameter);
    }
  });

  it("the Excel variant starts with a byte-order mark and keeps £", async () => {
    const { response, bytes } = await exportCsv("format=excel");
    expect(response.status).toBe(200);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const all = csvRecords((await exportCsv("format=excel")).bytes);
    expect(all.some((r) => (r.source_notes ?? "").includes("£"))).toBe(true);
    expect((await exportCsv("format=excel")).bytes.subarray(3).equals((await exportCsv()).bytes)).toBe(true);
  });

  it("neutralises formula-looking text and keeps negative numbers as numbers", async () => {
    await client.query(`
      INSERT INTO partnership (slug, name, summary, model_type_id, status, annualised_savings_gbp, updated_at)
      VALUES ('formula-test', '=HYPERLINK("http://example.com","click")', '-5', (SELECT id FROM model_type WHERE slug = 'other'), 'active', 5, now())`);
    await client.query(`
      INSERT INTO savings_claim (partnership_id, amount_gbp, basis, annualised_gbp, position)
      VALUES ((SELECT id FROM partnership WHERE slug = 'formula-test'), 5, 'annual', 5, 0)`);
    try {
      const { bytes } = await exportCsv();
      const record = csvRecords(bytes).find((r) => r.slug === "formula-test")!;
      expect(record.name).toBe(`'=HYPERLINK("http://example.com","click")`);
      // Text "-5" is neutralised; numeric columns are written as plain numbers (the database holds no negative
      // amounts; the unit tests write -5 to a numeric column and it stays -5).
      expect(record.summary).toBe("'-5");
      expect(record.savings_gbp).toBe("5");
      expect(record.annualised_savings_gbp).toBe("5");
      expect(bytes.toString("utf8")).toContain(
        `formula-test,"'=HYPERLINK(""http://example.com"",""click"")",'-5,other,`,
      );
    } finally {
      await client.query("DELETE FROM partnership WHERE slug = 'formula-test'");
    }
  });
});

describe("JSON and GeoJSON exports", () => {
  it("JSON holds every matching partnership in the list API's item shape", async () => {
    const query = "service=legal-democratic";
    const response = await jsonRoute(request("partnerships.json", query));
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await response.json();
    const list = await (await listRoute(request("partnerships", `${query}&pageSize=100`))).json();
    expect(body.items).toEqual(list.items);
  });

  it("GeoJSON is a valid RFC 7946 FeatureCollection, points or links", async () => {
    const points = await geojsonRoute(request("partnerships.geojson"));
    expect(points.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const document = await points.json();
    expect(geojsonProblems(document)).toEqual([]);
    expect(document.features.length).toBe(await listTotal(""));
    const links = await (await geojsonRoute(request("partnerships.geojson", "geometry=links&nation=wales"))).json();
    expect(geojsonProblems(links)).toEqual([]);
    expect(links.features.every((f: { geometry: { type: string } }) => f.geometry.type === "LineString")).toBe(true);
    expect((await geojsonRoute(request("partnerships.geojson", "geometry=polygons"))).status).toBe(400);
  });
});

describe("import", () => {
  let copy: SeedCopy;
  let second: ThrowawayDatabase;

  afterAll(async () => {
    copy?.remove();
    await second?.drop();
  });

  it("round trip: export, import into an empty database with the reference data, export again: byte-identical", async () => {
    const first = (await exportCsv("format=excel")).bytes;
    const file = path.join(work, "export.csv");
    writeFileSync(file, first);

    // The reference data (councils, partners, vocabularies) from the seed, and no partnerships.
    copy = copySeedFolder();
    writeFileSync(path.join(copy.dir, "partnerships.csv"), `${PARTNERSHIP_COLUMNS.join(",")}\r\n`);
    second = await createThrowawayDatabase("exportrt");
    await loadSeed({ connectionString: second.url, dir: copy.dir });

    const seeded = (await readSeedPartnershipSlugs()).length;
    const report = await importPartnerships(file, { connectionString: second.url });
    expect(report).toMatchObject({ rows: seeded, created: seeded, updated: 0 });

    const other = new pg.Client({ connectionString: second.url });
    await other.connect();
    try {
      const { rows } = await other.query(
        "SELECT actor, action, count(*)::int AS n FROM revision GROUP BY actor, action",
      );
      expect(rows).toEqual([{ actor: "import", action: "create", n: seeded }]);
      let again = "";
      const resolved = WHOLE_DIRECTORY;
      for await (const chunk of csvChunks(
        streamPartnershipRows(exportRowsQuery(resolved, "name"), { client: other }),
        "excel",
        { origin: "http://localhost" },
      ))
        again += chunk;
      expect(Buffer.from(again, "utf8").equals(first)).toBe(true);

      // Importing the same file again changes nothing and records nothing.
      expect(await importPartnerships(file, { connectionString: second.url })).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: seeded,
      });
      const { rows: after } = await other.query("SELECT count(*)::int AS n FROM revision");
      expect(after[0].n).toBe(seeded);
    } finally {
      await other.end();
    }
  });

  it("updates an existing partnership and records the change as a revision by import", async () => {
    const records = csvRecords((await exportCsv("q=xentrall")).bytes).filter((r) => r.slug === "xentrall");
    records[0]!.summary = "A changed summary.";
    const file = path.join(work, "one.csv");
    const header = EXPORT_COLUMNS.map((c) => c.name);
    writeFileSync(
      file,
      [header.join(","), header.map((name) => JSON.stringify(records[0]![name] ?? "")).join(",")].join("\r\n") + "\r\n",
    );
    expect(await importPartnerships(file, { connectionString: database.url })).toMatchObject({
      created: 0,
      updated: 1,
    });
    const { rows } = await client.query(
      "SELECT actor, action, before->>'summary' AS was, after->>'summary' AS now FROM revision WHERE partnership_slug = 'xentrall' ORDER BY id DESC LIMIT 1",
    );
    expect(rows[0]).toMatchObject({ actor: "import", action: "update", now: "A changed summary." });
  });

  it("reports every bad row as line N, column: message and changes nothing", async () => {
    const text = (await exportCsv()).bytes.toString("utf8");
    const records = csvRecords(Buffer.from(text));
    records[1]!.status = "finished";
    records[4]!.members = "E99999999; E07000078";
    records[6]!.savings_gbp = "lots";
    records[9]!.service_areas = "";
    records[11]!.slug = records[10]!.slug!;
    const header = EXPORT_COLUMNS.map((c) => c.name);
    const file = path.join(work, "bad.csv");
    // One record per physical line here (line breaks inside cells would move the numbers), so row i is on line i + 2.
    const cell = (value: string) => `"${value.replaceAll('"', '""').replace(/\r?\n/g, " ")}"`;
    writeFileSync(
      file,
      [header.join(","), ...records.map((r) => header.map((name) => cell(r[name] ?? "")).join(","))].join("\r\n") +
        "\r\n",
    );

    const before = await client.query(
      "SELECT count(*)::int AS revisions, max(updated_at) AS updated FROM revision, partnership",
    );
    const error = await importPartnerships(file, { connectionString: database.url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    const messages = (error as ImportValidationError).problems.map(formatImportProblem);
    expect(messages).toEqual([
      expect.stringMatching(/^line 3, column status: "finished" is not one of/),
      expect.stringMatching(/^line 6, column members: E99999999 is not a council/),
      expect.stringMatching(/^line 8, column savings_gbp: "lots" is not a whole number/),
      expect.stringMatching(/^line 11, column service_areas: at least one service area is required/),
      expect.stringMatching(/^line 13, column slug: ".+" is already used on line 12/),
    ]);
    const after = await client.query(
      "SELECT count(*)::int AS revisions, max(updated_at) AS updated FROM revision, partnership",
    );
    expect(after.rows).toEqual(before.rows);
  });
});

describe("a large export", () => {
  it("streams through a cursor, a piece at a time, without reading ahead of the downloader", async () => {
    await client.query(`
      INSERT INTO partnership (slug, name, summary, model_type_id, status, updated_at)
      SELECT 'bulk-' || g, 'Bulk partnership ' || g, 'Generated for the streaming test, with some length to it: ' || repeat('x', 200),
             (SELECT id FROM model_type WHERE slug = 'shared-service'), 'active', now()
        FROM generate_series(1, 4000) g`);
    await client.query(`
      INSERT INTO membership (partnership_id, organisation_id, role, position)
      SELECT p.id, o.id, 'member', o.n FROM partnership p
        CROSS JOIN (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM organisation WHERE kind = 'council' ORDER BY id LIMIT 3) o
       WHERE p.slug LIKE 'bulk-%'`);
    const total = await listTotal("");
    expect(total).toBeGreaterThan(4000);

    let pulled = 0;
    async function* counted(rows: AsyncIterable<PartnershipRow>) {
      for await (const row of rows) {
        pulled += 1;
        yield row;
      }
    }
    const resolved = WHOLE_DIRECTORY;
    const response = downloadResponse(
      csvChunks(counted(streamPartnershipRows(exportRowsQuery(resolved, "name"), { batchSize: 100 })), "csv", {
        origin: "http://localhost",
      }),
      "text/csv",
      null,
    );
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // Give the stream every chance to read ahead, then check it has not: it buffers a few pieces, not the file.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const pulledEarly = pulled;
    expect(pulledEarly).toBeLessThan(total / 4);

    let chunks = 1;
    let bytes = first.value!.byteLength;
    let maxAhead = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks += 1;
      bytes += value.byteLength;
      maxAhead = Math.max(maxAhead, pulled - Math.floor(bytes / 300));
    }
    expect(pulled).toBe(total);
    expect(chunks).toBeGreaterThan(20);
    // Never more than a few pieces (of about 32 KB) ahead of what the reader has taken.
    expect(maxAhead).toBeLessThan(1000);
  });
});
