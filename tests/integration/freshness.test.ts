// "Checked since": the filter finds exactly the entries whose last check (a partial date counting from the end
// of the year or month it names) falls on or after the date given, computed here from the seed file; it keeps
// the "may be out of date" rule and the filter in step.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDueCutoff, latestCheckDay, mayBeOutOfDate } from "@/lib/partnerships/freshness";
import { loadSeed } from "@/lib/seed";
import type { PartnershipStatus } from "@/lib/vocabulary";
import { everyListItem } from "../support/list-pages";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let listRoute: typeof import("@/app/api/partnerships/route");
let seed: { slug: string; status: PartnershipStatus; lastVerified: string }[];

beforeAll(async () => {
  database = await createThrowawayDatabase("freshness");
  await loadSeed({ connectionString: database.url });
  process.env.DATABASE_URL = database.url;
  listRoute = await import("@/app/api/partnerships/route");
  seed = (await readSeedCsv("partnerships.csv")).map((row) => ({
    slug: row.slug!,
    status: row.status as PartnershipStatus,
    lastVerified: row.last_verified ?? "",
  }));
}, 120_000);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client.server");
  await prisma.$disconnect();
  await database?.drop();
});

const slugs = async (query: string) => (await everyListItem(listRoute, query)).map((item) => item.slug).sort();

/** The first day a "checked since" value names: 2024 → 1 January 2024, 2024-03 → 1 March 2024. */
const firstDay = (since: string) =>
  new Date(`${since}${since.length === 4 ? "-01-01" : since.length === 7 ? "-01" : ""}T00:00:00Z`);

describe("checkedSince", () => {
  for (const since of ["2024", "2023-07", "2021-12-15", "2019"]) {
    it(`finds exactly the entries checked since ${since}`, async () => {
      const expected = seed
        .filter((row) => row.lastVerified !== "" && latestCheckDay(row.lastVerified)! >= firstDay(since))
        .map((row) => row.slug)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(await slugs(`checkedSince=${since}`)).toEqual(expected);
    });
  }

  it("with status=active, leaves exactly the active entries not marked “may be out of date”", async () => {
    const now = new Date();
    const cutoff = checkDueCutoff(now).toISOString().slice(0, 10);
    const expected = seed
      .filter((row) => row.status === "active" && !mayBeOutOfDate(row, now))
      .map((row) => row.slug)
      .sort();
    expect(await slugs(`status=active&checkedSince=${cutoff}`)).toEqual(expected);
  });
});
