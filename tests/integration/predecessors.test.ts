// Reorganised councils followed: a partnership of an abolished council counts for every council that took over
// its area (through chains, and for each council of a split) in the filter, the list API, the exports, the council
// API and the map; `predecessors=exclude` turns it off. Everything expected is computed from the seed files.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeVia, type ViaPredecessor } from "@/lib/councils/predecessors";
import { decodeMapPayload } from "@/lib/map/payload";
import type { MapData } from "@/lib/map/types";
import { loadSeed, parseMemberReference, splitList } from "@/lib/seed";
import { parse } from "csv-parse/sync";
import { everyListItem } from "../support/list-pages";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let listRoute: typeof import("@/app/api/partnerships/route");
let csvRoute: typeof import("@/app/api/partnerships.csv/route");
let councilRoute: typeof import("@/app/api/councils/[gss]/route");
let mapRoute: typeof import("@/app/api/map/route");
/** Each council's direct successors, from councils.csv. */
let successorsOf: Map<string, string[]>;
let names: Map<string, string>;
/** Each partnership's member council codes, from partnerships.csv. */
let membersOf: Map<string, Set<string>>;

beforeAll(async () => {
  database = await createThrowawayDatabase("predecessors");
  await loadSeed({ connectionString: database.url });
  process.env.DATABASE_URL = database.url;
  const [councilRows, partnershipRows] = await Promise.all([
    readSeedCsv("councils.csv"),
    readSeedCsv("partnerships.csv"),
  ]);
  [listRoute, csvRoute, councilRoute, mapRoute] = await Promise.all([
    import("@/app/api/partnerships/route"),
    import("@/app/api/partnerships.csv/route"),
    import("@/app/api/councils/[gss]/route"),
    import("@/app/api/map/route"),
  ]);
  successorsOf = new Map(councilRows.map((row) => [row.gss!, splitList(row.successor_gss ?? "")]));
  names = new Map(councilRows.map((row) => [row.gss!, row.name!.trim()]));
  membersOf = new Map(
    partnershipRows.map((row) => [
      row.slug!,
      new Set(
        splitList(row.members ?? "").flatMap((item) => {
          const parsed = parseMemberReference(item);
          return parsed.ok && successorsOf.has(parsed.value.ref) ? [parsed.value.ref] : [];
        }),
      ),
    ]),
  );
}, 120_000);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client.server");
  await prisma.$disconnect();
  await database?.drop();
});

/** Every council whose area a council's became part of, through every later reorganisation. */
function laterCouncils(gss: string, seen = new Set<string>()): Set<string> {
  for (const next of successorsOf.get(gss) ?? []) {
    if (seen.has(next)) continue;
    seen.add(next);
    laterCouncils(next, seen);
  }
  return seen;
}

/** Every council a council replaced, through every earlier reorganisation. */
function earlierCouncils(gss: string): Set<string> {
  return new Set([...successorsOf.keys()].filter((other) => laterCouncils(other).has(gss)));
}

const partnershipsOf = (codes: Set<string>) =>
  [...membersOf].filter(([, members]) => [...members].some((gss) => codes.has(gss))).map(([slug]) => slug);

const list = (query: string) => everyListItem(listRoute, query);

/** Abolished councils that are members of partnerships, each with every council it counts for. */
function abolishedWithPartnerships(): { gss: string; later: string[] }[] {
  return [...successorsOf]
    .filter(([gss, successors]) => successors.length > 0 && partnershipsOf(new Set([gss])).length > 0)
    .map(([gss]) => ({ gss, later: [...laterCouncils(gss)] }));
}

describe("a council's filter follows the councils it replaced", () => {
  it("finds every abolished council's partnerships under each council that took over its area, marked", async () => {
    const abolished = abolishedWithPartnerships();
    expect(abolished.length).toBeGreaterThan(0);
    const successors = new Set(abolished.flatMap(({ later }) => later));
    for (const successor of successors) {
      const items = await list(`council=${successor}`);
      const expected = partnershipsOf(new Set([successor, ...earlierCouncils(successor)]));
      expect(items.map((item) => item.slug).sort(), successor).toEqual([...expected].sort());
      for (const item of items) {
        const direct = membersOf.get(item.slug)!.has(successor);
        expect(item.viaPredecessors.length === 0, `${item.slug} for ${successor}`).toBe(direct);
        for (const via of item.viaPredecessors) {
          expect(membersOf.get(item.slug)!.has(via.gss)).toBe(true);
          expect(laterCouncils(via.gss).has(successor)).toBe(true);
          expect(via.successorGss).toBe(successor);
        }
      }
    }
  });

  it("follows chains and splits when the data has them", () => {
    const chained = [...successorsOf.keys()].filter(
      (gss) => laterCouncils(gss).size > (successorsOf.get(gss) ?? []).length,
    );
    const split = [...successorsOf.values()].filter((successors) => successors.length > 1);
    // The assertions above cover them; this says the data exercises them.
    expect(chained.length + split.length).toBeGreaterThan(0);
  });

  it('marks them "as Allerdale, abolished 2023": the name and the year it was abolished', async () => {
    const { gss, later } = abolishedWithPartnerships()[0]!;
    const items = await list(`council=${later[0]}`);
    const marked = items.find((item) => item.viaPredecessors.some((via) => via.gss === gss))!;
    const via = marked.viaPredecessors.find((v) => v.gss === gss)!;
    expect(describeVia([via])).toBe(`as ${names.get(gss)}, abolished ${via.abolishedOn!.slice(0, 4)}`);
  });

  it("with predecessors=exclude, finds only the council's own partnerships", async () => {
    const successors = new Set(abolishedWithPartnerships().flatMap(({ later }) => later));
    for (const successor of successors) {
      const items = await list(`council=${successor}&predecessors=exclude`);
      expect(items.map((item) => item.slug).sort()).toEqual(partnershipsOf(new Set([successor])).sort());
      expect(items.every((item) => item.viaPredecessors.length === 0)).toBe(true);
    }
  });

  it("says what is wrong with a bad value, and changes nothing", async () => {
    for (const [query, parameter] of [
      ["predecessors=no", "predecessors"],
      ["checkedSince=abc", "checkedSince"],
      ["checkedSince=2024-02-30", "checkedSince"],
    ]) {
      const response = await listRoute.GET(new Request(`http://localhost/api/partnerships?${query}`));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { message: string; parameter: string } };
      expect(body.error.parameter).toBe(parameter);
      expect(body.error.message).toContain(parameter);
    }
  });
});

describe("the exports, the council API and the map follow them too", () => {
  it("the CSV export says which predecessor each inherited row counts through", async () => {
    const { gss, later } = abolishedWithPartnerships()[0]!;
    const response = await csvRoute.GET(new Request(`http://localhost/api/partnerships.csv?council=${later[0]}`));
    expect(response.status).toBe(200);
    const rows = parse(await response.text(), { columns: true, bom: true }) as Record<string, string>[];
    const inherited = rows.filter((row) => !membersOf.get(row.slug!)!.has(later[0]!));
    expect(inherited.length).toBeGreaterThan(0);
    for (const row of inherited) expect(row.counted_through).toMatch(/\(([EWSN]\d{8}), abolished \d{4}-\d{2}-\d{2}\)/);
    expect(rows.some((row) => row.counted_through?.startsWith(`${names.get(gss)} (${gss}`))).toBe(true);
    const own = rows.filter((row) => membersOf.get(row.slug!)!.has(later[0]!));
    expect(own.every((row) => !row.counted_through)).toBe(true);
  });

  it("a successor's council API lists its predecessors' partnerships, marked", async () => {
    for (const successor of new Set(abolishedWithPartnerships().flatMap(({ later }) => later))) {
      const response = await councilRoute.GET(new Request(`http://localhost/api/councils/${successor}`), {
        params: Promise.resolve({ gss: successor }),
      });
      const body = (await response.json()) as {
        partnerships: { slug: string; viaPredecessors: ViaPredecessor[] }[];
      };
      const expected = partnershipsOf(new Set([successor, ...earlierCouncils(successor)]));
      expect(body.partnerships.map((p) => p.slug).sort()).toEqual([...expected].sort());
      for (const partnership of body.partnerships) {
        expect(partnership.viaPredecessors.length === 0).toBe(membersOf.get(partnership.slug)!.has(successor));
      }
    }
  });

  it("the map counts a predecessor's partnerships for today's councils, once each; not with exclude", async () => {
    const councilsOnMap = async (query: string) => {
      const response = await mapRoute.GET(new Request(`http://localhost/api/map?${query}`));
      const payload = decodeMapPayload((await response.json()) as MapData);
      return new Map(payload.councils.map((council) => [council.gss, council.partnerships]));
    };
    const [following, own] = await Promise.all([councilsOnMap(""), councilsOnMap("predecessors=exclude")]);
    const current = [...successorsOf].filter(([, successors]) => successors.length === 0).map(([gss]) => gss);
    for (const gss of current) {
      const expected = partnershipsOf(new Set([gss, ...earlierCouncils(gss)])).length;
      expect(following.get(gss) ?? 0, gss).toBe(expected);
      expect(own.get(gss) ?? 0, gss).toBe(partnershipsOf(new Set([gss])).length);
    }
  });
});
