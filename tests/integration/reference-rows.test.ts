// Every partnership of the data set, served by the JSON API with the members, service areas and sources its
// row lists, and its lineage both ways. The rows are seed-data/partnerships.csv, derived from the curated and the added reference files.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "@/lib/seed";
import { splitList as splitSeedList } from "@/lib/seed/members";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let one: (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;
let list: (request: Request) => Promise<Response>;

beforeAll(async () => {
  database = await createThrowawayDatabase("rows");
  await loadSeed({ connectionString: database.url });
  process.env.DATABASE_URL = database.url;
  one = (await import("@/app/api/partnerships/[slug]/route")).GET;
  list = (await import("@/app/api/partnerships/route")).GET;
}, 180_000);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client.server");
  await prisma.$disconnect();
  await database?.drop();
});

const splitList = (text: string | undefined) => splitSeedList(text ?? "");

describe("the whole data set through the API", () => {
  it("lists every partnership of the seed", async () => {
    const rows = await readSeedCsv("partnerships.csv");
    const body = await (await list(new Request("http://localhost/api/partnerships?pageSize=1"))).json();
    expect(body.total).toBe(rows.length);
  });

  it("serves every row with its members (councils by code, partners by name), service areas and sources", async () => {
    const [rows, partners] = await Promise.all([readSeedCsv("partnerships.csv"), readSeedCsv("partners.csv")]);
    const partnerNames = new Map(partners.map((row) => [row.slug!, row.name!]));
    for (const row of rows) {
      const slug = row.slug!;
      const response = await one(new Request(`http://localhost/api/partnerships/${slug}`), {
        params: Promise.resolve({ slug }),
      });
      expect(response.status, slug).toBe(200);
      const body = await response.json();
      const expectedMembers = splitList(row.members).map((item) => {
        const ref = item.replace(/\s*\[.*\]$/, "");
        return /^[A-Z]\d{8}$/.test(ref) ? ref : partnerNames.get(ref);
      });
      const servedMembers = body.members.map((m: { gss: string | null; name: string }) => m.gss ?? m.name);
      expect(servedMembers, slug).toEqual(expectedMembers);
      expect([...body.serviceAreas].sort(), slug).toEqual(splitList(row.service_areas).sort());
      expect(body.sources.map((s: { url: string }) => s.url).sort(), slug).toEqual(splitList(row.source_urls).sort());
      // Lineage, both ways: what this row names, and the rows that name it.
      const slugs = (list: { slug: string }[]) => list.map((p) => p.slug).sort();
      expect(slugs(body.lineage.predecessors), slug).toEqual(splitList(row.predecessors).sort());
      expect(slugs(body.lineage.partOf), slug).toEqual(splitList(row.part_of).sort());
      const namingIt = (field: string) =>
        rows
          .filter((other) => splitList(other[field]).includes(slug))
          .map((other) => other.slug!)
          .sort();
      expect(slugs(body.lineage.successors), slug).toEqual(namingIt("predecessors"));
      expect(slugs(body.lineage.parts), slug).toEqual(namingIt("part_of"));
    }
  }, 300_000);
});
