// Membership over time: every joined and left date the seed file gives is served by the API and exported, and
// `members=current` leaves out exactly the partnerships a council has left. Expectations come from the seed file.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { loadSeed, splitList } from "@/lib/seed";
import { everyListItem } from "../support/list-pages";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let listRoute: typeof import("@/app/api/partnerships/route");
let detailRoute: typeof import("@/app/api/partnerships/[slug]/route");
let csvRoute: typeof import("@/app/api/partnerships.csv/route");
/** "slug reference event" -> date, for every item of the seed's member_dates. */
let seedDates: Map<string, string>;
let seedRows: Record<string, string>[];
/** Each council with a left date in the past, and the partnerships it has left. */
let leftBy: Map<string, Set<string>>;

beforeAll(async () => {
  database = await createThrowawayDatabase("membership_dates");
  await loadSeed({ connectionString: database.url });
  process.env.DATABASE_URL = database.url;
  seedRows = await readSeedCsv("partnerships.csv");
  [listRoute, detailRoute, csvRoute] = await Promise.all([
    import("@/app/api/partnerships/route"),
    import("@/app/api/partnerships/[slug]/route"),
    import("@/app/api/partnerships.csv/route"),
  ]);
  seedDates = new Map();
  leftBy = new Map();
  const today = new Date().toISOString().slice(0, 10);
  for (const row of seedRows) {
    for (const item of splitList(row.member_dates ?? "")) {
      const [ref, event, date] = item.split(" ") as [string, string, string];
      seedDates.set(`${row.slug} ${ref} ${event}`, date);
      if (event === "left" && /^[ENSW]\d{8}$/.test(ref) && date <= today) {
        leftBy.set(ref, (leftBy.get(ref) ?? new Set()).add(row.slug!));
      }
    }
  }
}, 120_000);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client.server");
  await prisma.$disconnect();
  await database?.drop();
});

describe("members' joined and left dates", () => {
  it("are in the seed file for both events", () => {
    const events = [...seedDates.keys()].map((key) => key.split(" ")[2]);
    expect(events).toContain("joined");
    expect(events).toContain("left");
  });

  it("are each served by the API, and no member has a date the seed does not give", async () => {
    const slugs = [...new Set([...seedDates.keys()].map((key) => key.split(" ")[0]!))];
    for (const slug of slugs) {
      const response = await detailRoute.GET(new Request(`http://localhost/api/partnerships/${slug}`), {
        params: Promise.resolve({ slug }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        members: { gss: string | null; name: string; joined: string | null; left: string | null }[];
      };
      const row = seedRows.find((r) => r.slug === slug)!;
      const refs = splitList(row.members!).map((item) => item.split(" ")[0]!);
      body.members.forEach((member, i) => {
        for (const event of ["joined", "left"] as const) {
          expect(member[event], `${slug} ${refs[i]} ${event}`).toBe(
            seedDates.get(`${slug} ${refs[i]} ${event}`) ?? null,
          );
        }
      });
    }
  });

  it("go into the CSV export as the member_dates column the importer reads", async () => {
    const response = await csvRoute.GET(new Request("http://localhost/api/partnerships.csv"));
    const rows = parse(await response.text(), { columns: true, bom: true }) as Record<string, string>[];
    const exported = new Map(rows.map((row) => [row.slug!, row.member_dates ?? ""]));
    for (const row of seedRows) expect(exported.get(row.slug!), row.slug).toBe(row.member_dates);
  });
});

describe("members=current", () => {
  it("leaves out exactly the partnerships the council has left", async () => {
    expect(leftBy.size).toBeGreaterThan(0);
    for (const [gss, left] of leftBy) {
      const all = (await everyListItem(listRoute, `council=${gss}&predecessors=exclude`)).map((p) => p.slug);
      const current = (await everyListItem(listRoute, `council=${gss}&predecessors=exclude&members=current`)).map(
        (p) => p.slug,
      );
      for (const slug of left) expect(all).toContain(slug);
      expect(current.sort()).toEqual(all.filter((slug) => !left.has(slug)).sort());
    }
  });

  it("refuses an unknown choice with a 400 naming it", async () => {
    const response = await listRoute.GET(new Request("http://localhost/api/partnerships?members=former"));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("members");
  });
});
