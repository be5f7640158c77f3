// The seed loader against a real PostgreSQL: a throwaway database, migrated, loaded from seed-data/.
// Expected numbers are computed from the seed files themselves.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed, SeedValidationError } from "@/lib/seed";
import { copySeedFolder } from "../support/seed-copy";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createThrowawayDatabase("seedtest");
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) q`, params);
  return Number(rows[0]!.n);
}

const TABLES = [
  "organisation",
  "succession",
  "service_area",
  "model_type",
  "partnership",
  "membership",
  "partnership_service_area",
  "savings_claim",
  "source",
  "revision",
];

/** Every row of every table, timestamps and ids included: equal checksums mean an untouched database. */
async function checksum(): Promise<string> {
  const parts = TABLES.map((table) => `SELECT '${table}' || row_to_json(t)::text AS line FROM ${table} t`);
  const { rows } = await client.query<{ sum: string }>(
    `SELECT md5(coalesce(string_agg(line, E'\\n' ORDER BY line), '')) AS sum FROM (${parts.join(" UNION ALL ")}) q`,
  );
  return rows[0]!.sum;
}

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = await count(`SELECT 1 FROM ${table}`);
  return counts;
}

const splitList = (text: string | undefined) =>
  (text ?? "")
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean);

describe("loading the real seed", () => {
  it("loads every council, partner and partnership, with every member linked", async () => {
    const [councils, partners, partnerships] = await Promise.all([
      readSeedCsv("councils.csv"),
      readSeedCsv("partners.csv"),
      readSeedCsv("partnerships.csv"),
    ]);
    const memberships = partnerships.reduce((sum, row) => sum + splitList(row.members).length, 0);
    const claims = partnerships.filter((row) => row.savings_gbp !== "").length;

    const report = await loadSeed({ connectionString: database.url });

    expect(report).toMatchObject({
      councils: councils.length,
      formerCouncils: councils.filter((row) => row.end_date !== "").length,
      partners: partners.length,
      partnerships: partnerships.length,
      memberships,
      savingsClaims: claims,
      revisions: partnerships.length,
      created: partnerships.length,
      updated: 0,
    });
    expect(await count("SELECT 1 FROM organisation WHERE kind = 'council'")).toBe(councils.length);
    expect(await count("SELECT 1 FROM organisation WHERE kind <> 'council'")).toBe(partners.length);
    expect(await count("SELECT 1 FROM partnership")).toBe(partnerships.length);
    expect(await count("SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id")).toBe(memberships);
    expect(await count("SELECT 1 FROM savings_claim")).toBe(claims);
    expect(await count("SELECT 1 FROM source")).toBe(
      partnerships.reduce((sum, row) => sum + splitList(row.source_urls).length, 0),
    );
    expect(await count("SELECT 1 FROM succession")).toBe(
      councils.reduce((sum, row) => sum + splitList(row.successor_gss).length, 0),
    );
    expect(await count("SELECT 1 FROM organisation WHERE county_id IS NOT NULL")).toBe(
      councils.filter((row) => row.county_gss !== "").length,
    );
    // Every partnership has exactly the members its row lists.
    const { rows } = await client.query<{ slug: string; members: string[] }>(
      `SELECT p.slug, array_agg(coalesce(o.gss, o.slug) ORDER BY m.position) AS members
         FROM partnership p JOIN membership m ON m.partnership_id = p.id JOIN organisation o ON o.id = m.organisation_id
        GROUP BY p.slug`,
    );
    const loaded = new Map(rows.map((row) => [row.slug, row.members]));
    for (const row of partnerships) {
      expect(loaded.get(row.slug!), row.slug).toEqual(
        splitList(row.members).map((item) => item.replace(/\s*\[.*\]$/, "")),
      );
    }
    expect(await count("SELECT 1 FROM revision WHERE action = 'create' AND actor = 'seed' AND after IS NOT NULL")).toBe(
      partnerships.length,
    );
  });

  it("stores xentrall's members and its claim with the annualised estimate", async () => {
    const { rows: members } = await client.query(
      `SELECT o.gss, o.name, m.role FROM membership m
         JOIN organisation o ON o.id = m.organisation_id JOIN partnership p ON p.id = m.partnership_id
        WHERE p.slug = 'xentrall' ORDER BY m.position`,
    );
    expect(members).toEqual([
      { gss: "E06000004", name: "Stockton-on-Tees", role: "lead" },
      { gss: "E06000005", name: "Darlington", role: "member" },
    ]);
    const { rows: claims } = await client.query(
      `SELECT c.amount_gbp::text AS amount, c.basis, c.period_years, c.annualised_gbp::text AS annualised,
              p.annualised_savings_gbp::text AS partnership_annualised
         FROM savings_claim c JOIN partnership p ON p.id = c.partnership_id WHERE p.slug = 'xentrall'`,
    );
    expect(claims).toEqual([
      {
        amount: "17200000",
        basis: "cumulative",
        period_years: 12,
        annualised: "1433333",
        partnership_annualised: "1433333",
      },
    ]);
  });

  it("keeps the search text up to date with the members' names", async () => {
    const { rows } = await client.query<{ search_text: string }>(
      "SELECT search_text FROM partnership WHERE slug = 'one-legal'",
    );
    expect(rows[0]!.search_text).toContain("cheltenham");
  });

  it("changes nothing when run again", async () => {
    const before = await checksum();
    const counts = await rowCounts();
    const report = await loadSeed({ connectionString: database.url });
    expect(report.revisions).toBe(0);
    expect(await rowCounts()).toEqual(counts);
    expect(await checksum()).toBe(before);
  });

  it("rejects a folder with a bad row and leaves the database untouched", async () => {
    const before = await checksum();
    const seed = copySeedFolder();
    try {
      const line = seed.editRow("partnerships.csv", "xentrall", (row) => {
        row.savings_gbp = "lots";
      });
      const failure = await loadSeed({ connectionString: database.url, dir: seed.dir }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(SeedValidationError);
      expect((failure as SeedValidationError).problems).toEqual([
        expect.objectContaining({ file: "partnerships.csv", line, field: "savings_gbp" }),
      ]);
    } finally {
      seed.remove();
    }
    expect(await checksum()).toBe(before);
  });

  it("writes an update revision for a changed partnership only, and removes what left the seed", async () => {
    const seed = copySeedFolder();
    try {
      seed.editRow("partnerships.csv", "lgss", (row) => {
        row.summary = `${row.summary} Revised.`;
        row.source_urls = splitList(row.source_urls)[0]!;
        row.savings_gbp = "";
        row.savings_basis = "";
        row.savings_period_note = "";
        row.savings_credited_to = "";
        row.savings_reported_year = "";
        row.members = "E10000003 [lead]; E10000021";
        row.member_dates = "";
      });
      const report = await loadSeed({ connectionString: database.url, dir: seed.dir });
      expect(report).toMatchObject({ revisions: 1, created: 0, updated: 1 });
    } finally {
      seed.remove();
    }
    const { rows } = await client.query(
      `SELECT r.action, r.before->>'summary' AS before, r.after->>'summary' AS after,
              jsonb_array_length(r.after->'members') AS members, jsonb_array_length(r.after->'savings') AS savings
         FROM revision r WHERE r.partnership_slug = 'lgss' ORDER BY r.id`,
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ action: "update", members: 2, savings: 0 });
    expect(rows[1].after).toBe(`${rows[1].before} Revised.`);
    const partnershipId = "(SELECT id FROM partnership WHERE slug = 'lgss')";
    expect(await count(`SELECT 1 FROM source WHERE partnership_id = ${partnershipId}`)).toBe(1);
    expect(await count(`SELECT 1 FROM savings_claim WHERE partnership_id = ${partnershipId}`)).toBe(0);
    expect(await count(`SELECT 1 FROM membership WHERE partnership_id = ${partnershipId}`)).toBe(2);
    const { rows: partnership } = await client.query(
      "SELECT annualised_savings_gbp FROM partnership WHERE slug = 'lgss'",
    );
    expect(partnership[0].annualised_savings_gbp).toBeNull();

    // Back to the real seed: one more update revision, and the original rows return.
    const restored = await loadSeed({ connectionString: database.url });
    expect(restored).toMatchObject({ revisions: 1, updated: 1 });
    expect(await count(`SELECT 1 FROM membership WHERE partnership_id = ${partnershipId}`)).toBe(3);
  });
});
