// The savings map credits each claim to whom it belongs: a whole partnership's estimate is shared among its
// member councils and sums back to the claim; a named council's claim goes to that council alone. Rows are
// taken from the seed (whichever rows fit), loaded on their own into a throwaway database.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_FILTER } from "@/lib/filters/schema";
import type { MapPayload } from "@/lib/map/payload";
import { loadSeed } from "@/lib/seed";
import { PARTNERSHIP_COLUMNS } from "@/lib/seed/schemas";
import { copySeedFolder, type SeedCopy } from "../support/seed-copy";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let copy: SeedCopy;
let payload: MapPayload;
let whole: Record<string, string>;
let named: Record<string, string>;

const councilsOf = (row: Record<string, string>): string[] => row.members!.match(/[EWSN]\d{8}/g) ?? [];

beforeAll(async () => {
  const rows = await readSeedCsv("partnerships.csv");
  const yearly = (row: Record<string, string>) =>
    row.savings_basis === "annual" || row.savings_basis === "projected-annual";
  // A whole partnership's yearly claim with three or more councils, and a named council's yearly claim among others.
  whole = rows.find((row) => yearly(row) && row.savings_credited_to === "" && councilsOf(row).length >= 3)!;
  named = rows.find(
    (row) =>
      yearly(row) &&
      row.savings_credited_to !== "" &&
      councilsOf(row).length >= 2 &&
      councilsOf(row).every((gss) => !councilsOf(whole).includes(gss)),
  )!;
  copy = copySeedFolder();
  writeFileSync(
    path.join(copy.dir, "partnerships.csv"),
    // Only these two entries: their links to partnerships left out go too.
    stringify(
      [whole, named].map((row) => ({ ...row, predecessors: "", part_of: "" })),
      { header: true, columns: [...PARTNERSHIP_COLUMNS], record_delimiter: "windows" },
    ),
  );
  database = await createThrowawayDatabase("shares");
  await loadSeed({ connectionString: database.url, dir: copy.dir });
  process.env.DATABASE_URL = database.url;
  const { resolveFilter } = await import("@/lib/filters/query.server");
  const { viewIndex } = await import("@/lib/map/view-index.server");
  const { prisma } = await import("@/lib/db/client.server");
  payload = await viewIndex(prisma, (await resolveFilter(EMPTY_FILTER)).resolved);
}, 180_000);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client.server");
  await prisma.$disconnect();
  copy?.remove();
  await database?.drop();
});

const savingsOf = (gss: string) => payload.councils.find((council) => council.gss === gss)?.savingsGbp ?? null;

describe("the savings map's shares", () => {
  it("shares a whole-partnership claim equally among its member councils, summing back to the claim", () => {
    const councils = councilsOf(whole);
    const shares = councils.map((gss) => savingsOf(gss)!);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(Number(whole.savings_gbp), 2);
    for (const share of shares) expect(share).toBeCloseTo(Number(whole.savings_gbp) / councils.length, 1);
  });

  it("credits a named council's claim to that council, and nothing to the other members", () => {
    const credited = named.savings_credited_to!.split("+").map((gss) => gss.trim());
    const total = credited.reduce((sum, gss) => sum + savingsOf(gss)!, 0);
    expect(total).toBeCloseTo(Number(named.savings_gbp), 2);
    for (const gss of councilsOf(named).filter((gss) => !credited.includes(gss))) {
      expect(savingsOf(gss) ?? 0).toBe(0);
    }
  });

  it("adds up, over all councils, to the sum of the partnerships' estimates", () => {
    const councils = payload.councils.reduce((sum, council) => sum + (council.savingsGbp ?? 0), 0);
    expect(councils).toBeCloseTo(Number(whole.savings_gbp) + Number(named.savings_gbp), 2);
  });
});
