// The moderators' list of entries that may be out of date follows the same rule as the "may be out of date"
// notice on cards and pages (lib/partnerships/freshness.ts), computed here from the seed files.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staleEntries } from "@/lib/moderation/stale.server";
import { mayBeOutOfDate } from "@/lib/partnerships/freshness";
import type { PartnershipStatus } from "@/lib/vocabulary";
import { loadSeed } from "@/lib/seed";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let pool: pg.Pool;
let seed: { slug: string; status: PartnershipStatus; lastVerified: string }[];

beforeAll(async () => {
  database = await createThrowawayDatabase("stale");
  await loadSeed({ connectionString: database.url });
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  seed = (await readSeedCsv("partnerships.csv")).map((row) => ({
    slug: row.slug!,
    status: row.status as PartnershipStatus,
    lastVerified: row.last_verified!,
  }));
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

describe("entries that may be out of date", () => {
  // Today, and moments either side of the ends of partial dates in the data ("2024", "2024-06" ...).
  const moments = ["2026-11-22", "2025-07-01", "2025-06-30", "2026-06-30", "2026-07-01", "2027-12-31", "2024-01-01"];

  for (const moment of moments) {
    it(`are exactly those the notice flags, on ${moment}`, async () => {
      const now = new Date(`${moment}T12:00:00Z`);
      const expected = seed.filter((row) => mayBeOutOfDate(row, now)).map((row) => row.slug);
      const { total, entries } = await staleEntries(pool, { now, limit: 1000 });
      expect(total).toBe(expected.length);
      expect(entries.map((entry) => entry.slug).sort()).toEqual([...expected].sort());
    });
  }

  it("come longest-unchecked first, never-verified before all, and the total counts beyond the page", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const { total, entries } = await staleEntries(pool, { now, limit: 1000 });
    const neverVerified = seed.filter((row) => row.status === "active" && row.lastVerified === "").length;
    expect(neverVerified).toBeGreaterThan(0);
    expect(entries.slice(0, neverVerified).every((entry) => entry.lastVerified === null)).toBe(true);
    const dates = entries.slice(neverVerified).map((entry) => entry.lastVerified!);
    expect(dates.every((date, i) => i === 0 || date.slice(0, 4) >= dates[i - 1]!.slice(0, 4))).toBe(true);

    const firstFive = await staleEntries(pool, { now, limit: 5 });
    expect(firstFive.total).toBe(total);
    expect(firstFive.entries).toEqual(entries.slice(0, 5));
  });
});
