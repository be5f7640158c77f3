// The synthetic-data generator against a real PostgreSQL: ~2,000 partnerships into a throwaway database, then
// checks that what the bulk load wrote is what the product itself would have written, and that a database
// holding real data is refused.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annualisedSavings, partnershipAnnualisedSavings } from "@/lib/savings";
import type { SavingsBasis } from "@/lib/vocabulary";
import { DEFAULT_SEED_DIR, loadSeed, readSeedFolder } from "@/lib/seed";
import {
  generateSyntheticDatabase,
  SYNTHETIC_MARK,
  SyntheticTargetError,
  type SyntheticReport,
} from "@/tools/synthetic/load";
import { adminUrl, createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

const PARTNERSHIPS = 2_000;
let synthetic: ThrowawayDatabase;
let reference: ThrowawayDatabase;
let client: pg.Client;
let report: SyntheticReport;

beforeAll(async () => {
  // Left unmigrated: the generator applies the migrations itself, as it does for a database it creates.
  synthetic = await createThrowawayDatabase("synthetic", { migrate: false });
  report = await generateSyntheticDatabase({
    partnerships: PARTNERSHIPS,
    seed: "integration",
    database: synthetic.name,
    adminUrl: adminUrl(),
    batchSize: 700, // several batches, the last one short
  });
  client = new pg.Client({ connectionString: synthetic.url });
  await client.connect();
  // A database as the directory runs it: migrated, with the real data set loaded.
  reference = await createThrowawayDatabase("synthreal");
  await loadSeed({ connectionString: reference.url });
});

afterAll(async () => {
  await client?.end();
  await synthetic?.drop();
  await reference?.drop();
});

async function count(connection: pg.ClientBase, sql: string): Promise<number> {
  const { rows } = await connection.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) q`);
  return Number(rows[0]!.n);
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const connection = new pg.Client({ connectionString: url });
  await connection.connect();
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

describe("a synthetic database", () => {
  it("holds N synthetic partnerships over the real reference data, and nothing real", async () => {
    const { seed } = await readSeedFolder(DEFAULT_SEED_DIR);
    expect(await count(client, "SELECT 1 FROM partnership")).toBe(PARTNERSHIPS);
    expect(await count(client, "SELECT 1 FROM partnership WHERE slug NOT LIKE 'synthetic-%'")).toBe(0);
    expect(await count(client, "SELECT 1 FROM organisation WHERE kind = 'council'")).toBe(seed.councils.length);
    expect(await count(client, "SELECT 1 FROM organisation WHERE kind <> 'council'")).toBe(seed.partners.length);
    expect(await count(client, "SELECT 1 FROM service_area")).toBe(seed.serviceAreas.length);
    expect(await count(client, "SELECT 1 FROM membership")).toBe(report.memberships);
    expect(await count(client, "SELECT 1 FROM partnership_service_area")).toBe(report.serviceAreas);
    expect(await count(client, "SELECT 1 FROM savings_claim")).toBe(report.savingsClaims);
    expect(await count(client, "SELECT 1 FROM source")).toBe(report.sources);
    // As many report savings as in the real data, give or take the draw.
    const withSavings = await count(client, "SELECT DISTINCT partnership_id FROM savings_claim");
    const realShare = seed.partnerships.filter((p) => p.savings.length > 0).length / seed.partnerships.length;
    expect(Math.abs(withSavings / PARTNERSHIPS - realShare)).toBeLessThan(0.05);
  });

  it("is marked synthetic", async () => {
    const { rows } = await client.query<{ comment: string }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()",
    );
    expect(rows[0]!.comment.startsWith(SYNTHETIC_MARK)).toBe(true);
  });

  it("gives every partnership 2–8 real councils", async () => {
    const { seed } = await readSeedFolder(DEFAULT_SEED_DIR);
    const realCodes = new Set(seed.councils.map((c) => c.gss));
    const { rows } = await client.query<{ gss: string }>(
      "SELECT DISTINCT o.gss FROM membership m JOIN organisation o ON o.id = m.organisation_id WHERE o.kind = 'council'",
    );
    for (const { gss } of rows) expect(realCodes.has(gss)).toBe(true);
    expect(
      await count(
        client,
        "SELECT 1 FROM membership m LEFT JOIN organisation o ON o.id = m.organisation_id WHERE o.id IS NULL",
      ),
    ).toBe(0);
    const outside = await count(
      client,
      `SELECT p.id FROM partnership p LEFT JOIN membership m ON m.partnership_id = p.id
         LEFT JOIN organisation o ON o.id = m.organisation_id AND o.kind = 'council'
        GROUP BY p.id HAVING count(o.id) NOT BETWEEN 2 AND 8`,
    );
    expect(outside).toBe(0);
  });

  it("has every search document and filter column filled, exactly as the product's trigger writes them", async () => {
    expect(await count(client, "SELECT 1 FROM partnership WHERE search_text = '' OR search_vector IS NULL")).toBe(0);
    expect(await count(client, "SELECT 1 FROM partnership WHERE cardinality(member_ids) < 2")).toBe(0);
    const documents = `SELECT id, search_text, search_vector::text AS vector, member_ids, member_nations::text[],
        member_regions::text[], member_council_types::text[], service_area_ids
       FROM partnership WHERE id % 97 = 0 ORDER BY id`;
    await client.query("BEGIN");
    try {
      const loaded = (await client.query(documents)).rows;
      await client.query("UPDATE partnership SET search_text = '' WHERE id % 97 = 0"); // the trigger rebuilds them
      const rebuilt = (await client.query(documents)).rows;
      expect(loaded.length).toBeGreaterThan(10);
      expect(loaded).toEqual(rebuilt);
    } finally {
      await client.query("ROLLBACK");
    }
    expect(
      await count(client, "SELECT 1 FROM partnership WHERE search_vector @@ plainto_tsquery('english', 'legal')"),
    ).toBeGreaterThan(0);
    // Every word of every document is in the word list typo-tolerant search looks words up in.
    const missing = await count(
      client,
      `SELECT DISTINCT w FROM partnership, regexp_split_to_table(search_text, '[^[:alnum:]]+') AS w
        WHERE length(w) >= 3 AND w NOT IN (SELECT word FROM search_word)`,
    );
    expect(missing).toBe(0);
  });

  it("stores the annualised estimates lib/savings gives", async () => {
    const { rows: claims } = await client.query<{
      partnership_id: number;
      amount_gbp: string;
      basis: SavingsBasis;
      period_years: number | null;
      annualised_gbp: string | null;
    }>(
      "SELECT partnership_id, amount_gbp, basis, period_years, annualised_gbp FROM savings_claim ORDER BY partnership_id, position",
    );
    const byPartnership = new Map<number, { amountGbp: number; basis: SavingsBasis; periodYears: number | null }[]>();
    for (const row of claims) {
      const claim = { amountGbp: Number(row.amount_gbp), basis: row.basis, periodYears: row.period_years };
      expect(row.annualised_gbp === null ? null : Number(row.annualised_gbp)).toBe(annualisedSavings(claim));
      byPartnership.set(row.partnership_id, [...(byPartnership.get(row.partnership_id) ?? []), claim]);
    }
    const { rows: partnerships } = await client.query<{ id: number; annualised_savings_gbp: string | null }>(
      "SELECT id, annualised_savings_gbp FROM partnership",
    );
    for (const p of partnerships) {
      const stored = p.annualised_savings_gbp === null ? null : Number(p.annualised_savings_gbp);
      expect(stored).toBe(partnershipAnnualisedSavings(byPartnership.get(p.id) ?? []));
    }
  });

  it("ends with the schema as the migrations define it: indexes, foreign keys and triggers back in place", async () => {
    const schema = (connection: pg.ClientBase) =>
      connection
        .query<{ line: string }>(
          // Prisma's own bookkeeping table exists only where `prisma migrate deploy` ran; it is not the schema.
          `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
           UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
             FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
           UNION ALL SELECT tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
           ORDER BY 1`,
        )
        .then(({ rows }) => rows.map((row) => row.line));
    const expected = await withClient(reference.url, schema);
    expect(await schema(client)).toEqual(expected);
  });
});

describe("the refusal to touch real data", () => {
  const options = () => ({ partnerships: 10, seed: "refusal", adminUrl: adminUrl() });

  it("refuses a database that holds real partnerships, and leaves it as it was", async () => {
    const before = await withClient(reference.url, (c) => count(c, "SELECT 1 FROM partnership"));
    expect(before).toBeGreaterThan(200);
    await expect(generateSyntheticDatabase({ ...options(), database: reference.name })).rejects.toThrow(
      SyntheticTargetError,
    );
    expect(await withClient(reference.url, (c) => count(c, "SELECT 1 FROM partnership"))).toBe(before);
    const comment = await withClient(reference.url, (c) =>
      c.query<{ comment: string | null }>(
        "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()",
      ),
    );
    expect(comment.rows[0]!.comment).toBeNull();
  });

  it("refuses the directory's own database by name", async () => {
    await expect(
      generateSyntheticDatabase({ ...options(), database: synthetic.name, protectedDatabases: [synthetic.name] }),
    ).rejects.toThrow(/directory's own database/);
  });
});
