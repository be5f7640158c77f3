// The columns the filters read from each partnership (member ids, nations, regions, council types, service areas)
// and the word list typo-tolerant search uses are kept by triggers. Whatever changes a partnership's members,
// services or a council's place, they follow, and search finds the change.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client.server";
import { parseParams, searchPartnerships } from "@/lib/filters/index.server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadSeed } from "@/lib/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let client: pg.Client;
let db: PrismaClient;

beforeAll(async () => {
  database = await createThrowawayDatabase("search_columns");
  await loadSeed({ connectionString: database.url });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await client?.end();
  await db?.$disconnect();
  await database?.drop();
});

interface Columns {
  member_ids: number[];
  member_nations: string[];
  member_regions: string[];
  member_council_types: string[];
  service_area_ids: number[];
}

/** The filter columns as stored, and as the membership and service-area tables say they should be. */
async function columnsOf(slug: string): Promise<{ stored: Columns; derived: Columns }> {
  const stored = await client.query<Columns>(
    `SELECT member_ids, member_nations::text[], member_regions::text[], member_council_types::text[], service_area_ids
       FROM partnership WHERE slug = $1`,
    [slug],
  );
  const derived = await client.query<Columns>(
    `SELECT
       coalesce((SELECT array_agg(m.organisation_id ORDER BY m.organisation_id) FROM membership m WHERE m.partnership_id = p.id), '{}') AS member_ids,
       coalesce((SELECT array_agg(DISTINCT o.nation ORDER BY o.nation)::text[] FROM membership m JOIN organisation o ON o.id = m.organisation_id
                  WHERE m.partnership_id = p.id AND o.nation IS NOT NULL), '{}') AS member_nations,
       coalesce((SELECT array_agg(DISTINCT o.region ORDER BY o.region)::text[] FROM membership m JOIN organisation o ON o.id = m.organisation_id
                  WHERE m.partnership_id = p.id AND o.region IS NOT NULL), '{}') AS member_regions,
       coalesce((SELECT array_agg(DISTINCT o.council_type ORDER BY o.council_type)::text[] FROM membership m JOIN organisation o ON o.id = m.organisation_id
                  WHERE m.partnership_id = p.id AND o.council_type IS NOT NULL), '{}') AS member_council_types,
       coalesce((SELECT array_agg(ps.service_area_id ORDER BY ps.service_area_id) FROM partnership_service_area ps WHERE ps.partnership_id = p.id), '{}') AS service_area_ids
     FROM partnership p WHERE p.slug = $1`,
    [slug],
  );
  return { stored: stored.rows[0]!, derived: derived.rows[0]! };
}

const slugs = async (query: string) => {
  const parsed = parseParams(new URLSearchParams(query));
  const { result } = await searchPartnerships(parsed.filter, { ...parsed.options, pageSize: 100 }, db);
  return result.items.map((item) => item.slug);
};

describe("filter columns", () => {
  it("agree with the memberships and service areas for every seeded partnership", async () => {
    const { rows } = await client.query<{ slug: string }>("SELECT slug FROM partnership ORDER BY slug");
    expect(rows.length).toBeGreaterThan(200);
    for (const { slug } of rows) {
      const { stored, derived } = await columnsOf(slug);
      expect(stored, slug).toEqual(derived);
    }
  });

  it("follow a member joining and leaving, and the directory's filters with them", async () => {
    const { rows } = await client.query<{ id: number; slug: string }>(
      `SELECT p.id, p.slug FROM partnership p
        WHERE NOT EXISTS (SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id
                          WHERE m.partnership_id = p.id AND o.nation = 'wales')
        ORDER BY p.slug LIMIT 1`,
    );
    const { id, slug } = rows[0]!;
    const { rows: welsh } = await client.query<{ id: number; gss: string }>(
      "SELECT id, gss FROM organisation WHERE kind = 'council' AND nation = 'wales' AND end_date IS NULL ORDER BY gss LIMIT 1",
    );
    const council = welsh[0]!;
    expect(await slugs("nation=wales")).not.toContain(slug);

    await client.query("INSERT INTO membership (partnership_id, organisation_id, position) VALUES ($1, $2, 99)", [
      id,
      council.id,
    ]);
    const joined = await columnsOf(slug);
    expect(joined.stored).toEqual(joined.derived);
    expect(joined.stored.member_nations).toContain("wales");
    expect(await slugs("nation=wales")).toContain(slug);
    expect(await slugs(`council=${council.gss}`)).toContain(slug);

    await client.query("DELETE FROM membership WHERE partnership_id = $1 AND organisation_id = $2", [id, council.id]);
    const left = await columnsOf(slug);
    expect(left.stored).toEqual(left.derived);
    expect(left.stored.member_nations).not.toContain("wales");
    expect(await slugs("nation=wales")).not.toContain(slug);
  });

  it("follow a service area being added", async () => {
    const { rows } = await client.query<{ id: number; slug: string }>(
      `SELECT p.id, p.slug FROM partnership p
        WHERE NOT EXISTS (SELECT 1 FROM partnership_service_area ps JOIN service_area s ON s.id = ps.service_area_id
                          WHERE ps.partnership_id = p.id AND s.slug = 'legal-democratic')
        ORDER BY p.slug LIMIT 1`,
    );
    const { id, slug } = rows[0]!;
    expect(await slugs("service=legal-democratic&pageSize=100")).not.toContain(slug);
    await client.query(
      "INSERT INTO partnership_service_area (partnership_id, service_area_id) SELECT $1, id FROM service_area WHERE slug = 'legal-democratic'",
      [id],
    );
    const { stored, derived } = await columnsOf(slug);
    expect(stored).toEqual(derived);
    expect(await slugs("service=legal-democratic&pageSize=100")).toContain(slug);
  });

  it("follow a council's region changing", async () => {
    const { rows } = await client.query<{ id: number; slug: string }>(
      `SELECT o.id, p.slug FROM organisation o JOIN membership m ON m.organisation_id = o.id
         JOIN partnership p ON p.id = m.partnership_id
        WHERE o.region = 'south-west' ORDER BY p.slug LIMIT 1`,
    );
    const { id, slug } = rows[0]!;
    await client.query("UPDATE organisation SET region = 'london' WHERE id = $1", [id]);
    const { stored, derived } = await columnsOf(slug);
    expect(stored).toEqual(derived);
    expect(stored.member_regions).toContain("london");
  });
});

describe("the word list for typo-tolerant search", () => {
  it("takes the words of a new partnership, which a misspelling then finds", async () => {
    const { rows } = await client.query<{ id: number }>("SELECT id FROM model_type ORDER BY sort_order LIMIT 1");
    await client.query(
      `INSERT INTO partnership (slug, name, summary, model_type_id, status, updated_at)
       VALUES ('kingfisher-audit', 'Kingfisher audit consortium', 'Internal audit shared by riverside councils.', $1, 'active', now())`,
      [rows[0]!.id],
    );
    const words = await client.query<{ word: string }>(
      "SELECT word FROM search_word WHERE word IN ('kingfisher', 'consortium', 'riverside') ORDER BY word",
    );
    expect(words.rows.map((row) => row.word)).toEqual(["consortium", "kingfisher", "riverside"]);
    expect(await slugs("q=kingfisher")).toEqual(["kingfisher-audit"]);
    expect(await slugs("q=kingfsher")).toEqual(["kingfisher-audit"]);
    expect(await slugs("q=Kingfisher+riversde+audit")).toEqual(["kingfisher-audit"]);
  });

  it("does not let a stop word or a misspelling widen a search beyond its other words", async () => {
    const legal = await slugs("q=legal");
    expect(legal.length).toBeGreaterThan(0);
    expect(await slugs("q=the+legal")).toEqual(legal);
    expect(await slugs("q=legal+xqzvkjw")).toEqual([]);
  });
});
