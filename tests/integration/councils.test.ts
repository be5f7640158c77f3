// Council search, neighbours, "councils like this one", similar partnerships and the councils JSON API, against a
// throwaway database loaded with the real seed. Expected values are computed from the seed files.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed, parseMemberReference, splitList } from "@/lib/seed";
import { LIKE_LIMIT, NEAREST_LIMIT, POPULATION_FACTOR } from "@/lib/councils/scoring";
import { distanceKm } from "@/lib/geo/distance";
import { CACHE_PUBLIC } from "@/lib/http/cache-policy";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let councils: typeof import("@/lib/councils/index.server");
let similar: typeof import("@/lib/partnerships/similar.server");
let listRoute: typeof import("@/app/api/councils/route");
let detailRoute: typeof import("@/app/api/councils/[gss]/route");
let councilRows: Record<string, string>[];
let partnershipRows: Record<string, string>[];

beforeAll(async () => {
  database = await createThrowawayDatabase("councils");
  await loadSeed({ connectionString: database.url });
  // The database client reads DATABASE_URL when first imported: point it at this file's database first.
  process.env.DATABASE_URL = database.url;
  [councils, similar, listRoute, detailRoute, councilRows, partnershipRows] = await Promise.all([
    import("@/lib/councils/index.server"),
    import("@/lib/partnerships/similar.server"),
    import("@/app/api/councils/route"),
    import("@/app/api/councils/[gss]/route"),
    readSeedCsv("councils.csv"),
    readSeedCsv("partnerships.csv"),
  ]);
});

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client.server");
  await prisma.$disconnect();
  await database?.drop();
});

// ---- what the seed says -------------------------------------------------------------------------------------

const isCurrentRow = (row: Record<string, string>) => !row.end_date && !row.successor_gss;
const rowOf = (gss: string) => {
  const row = councilRows.find((candidate) => candidate.gss === gss);
  if (!row) throw new Error(`${gss} is not in the seed`);
  return row;
};
const distanceBetween = (a: Record<string, string>, b: Record<string, string>) =>
  distanceKm(
    { latitude: Number(a.latitude), longitude: Number(a.longitude) },
    { latitude: Number(b.latitude), longitude: Number(b.longitude) },
  );
const memberCodes = (row: Record<string, string>) =>
  splitList(row.members ?? "").flatMap((item) => {
    const parsed = parseMemberReference(item);
    return parsed.ok ? [parsed.value.ref] : [];
  });

/** Service areas of the partnerships (not ended) that the council is a member of, from the seed. */
function servicesSharedBy(gss: string): Set<string> {
  return new Set(
    partnershipRows
      .filter((row) => row.status !== "ended" && memberCodes(row).includes(gss))
      .flatMap((row) => splitList(row.service_areas ?? "")),
  );
}

async function councilId(gss: string): Promise<number> {
  const found = await councils.getCouncil(gss);
  if (!found) throw new Error(`${gss} not found`);
  return found.council.id;
}

const SAMPLE = ["E07000078", "E06000023", "E07000044", "E09000033", "S12000049", "W06000015"];

// ---- nearest councils ---------------------------------------------------------------------------------------

describe("nearest councils", () => {
  it.each(SAMPLE)("for %s: the nearest current councils, nearest first, by haversine distance", async (gss) => {
    const own = rowOf(gss);
    const nearest = await councils.nearestCouncils(await councilId(gss));
    expect(nearest).toHaveLength(NEAREST_LIMIT);

    const distances = nearest.map((council) => council.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const council of nearest) {
      const row = rowOf(council.gss);
      expect(council.gss).not.toBe(gss);
      expect(isCurrentRow(row), `${council.name} is abolished`).toBe(true);
      expect(council.distanceKm).toBeCloseTo(distanceBetween(own, row), 6);
    }

    // No current council in the seed is nearer than the farthest one listed.
    const farthest = distances.at(-1)!;
    const nearer = councilRows.filter(
      (row) => row.gss !== gss && isCurrentRow(row) && distanceBetween(own, row) < farthest - 1e-9,
    );
    expect(new Set(nearer.map((row) => row.gss))).toEqual(
      new Set(nearest.filter((council) => council.distanceKm < farthest - 1e-9).map((council) => council.gss)),
    );
  });

  it("never lists an abolished council, even beside an abolished council's area", async () => {
    // Somerset West and Taunton's neighbours once included Taunton Deane and West Somerset, now abolished.
    const abolished = new Set(councilRows.filter((row) => !isCurrentRow(row)).map((row) => row.gss));
    for (const gss of ["E07000246", "E06000066", "E06000059"]) {
      if (!councilRows.some((row) => row.gss === gss)) continue;
      const nearest = await councils.nearestCouncils(await councilId(gss), 30);
      expect(nearest.filter((council) => abolished.has(council.gss))).toEqual([]);
    }
  });
});

// ---- councils like this one ---------------------------------------------------------------------------------

describe("councils like this one", () => {
  it.each(SAMPLE)("for %s: same type, similar population, current, ranked by score", async (gss) => {
    const own = rowOf(gss);
    const like = await councils.councilsLike(await councilId(gss));
    expect(like.length).toBeGreaterThan(0);
    expect(like.length).toBeLessThanOrEqual(LIKE_LIMIT);
    for (const council of like) {
      const row = rowOf(council.gss);
      expect(council.gss).not.toBe(gss);
      expect(row.council_type).toBe(own.council_type);
      expect(council.councilType).toBe(own.council_type);
      expect(isCurrentRow(row)).toBe(true);
      const ratio = Number(row.population) / Number(own.population);
      expect(ratio).toBeLessThanOrEqual(POPULATION_FACTOR + 1e-9);
      expect(ratio).toBeGreaterThanOrEqual(1 / POPULATION_FACTOR - 1e-9);
    }
    const scores = like.map((council) => council.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });
});

// ---- partnerships for services the council does not share ---------------------------------------------------

describe("partnerships for services a council does not yet share", () => {
  it.each(SAMPLE)("for %s: only service areas it does not share, only peers' current partnerships", async (gss) => {
    const found = await councils.getCouncil(gss);
    const { nearest, like, unshared } = await councils.councilNeighbourhood(found!.council);
    const shared = servicesSharedBy(gss);
    const peers = new Set([...nearest, ...like].map((council) => council.gss));
    const bySlug = new Map(partnershipRows.map((row) => [row.slug, row]));

    for (const group of unshared) {
      expect(shared.has(group.serviceArea.slug), `${gss} already shares ${group.serviceArea.slug}`).toBe(false);
      for (const partnership of group.partnerships) {
        const row = bySlug.get(partnership.slug)!;
        expect(row.status).not.toBe("ended");
        expect(splitList(row.service_areas ?? "")).toContain(group.serviceArea.slug);
        expect(memberCodes(row)).not.toContain(gss);
        expect(partnership.councils.length).toBeGreaterThan(0);
        for (const council of partnership.councils) {
          expect(peers.has(council.gss)).toBe(true);
          expect(memberCodes(row)).toContain(council.gss);
        }
      }
    }
  });

  it("finds everything the seed offers: every peer partnership in an unshared service area is listed", async () => {
    const gss = "E06000023";
    const found = await councils.getCouncil(gss);
    const { nearest, like, unshared } = await councils.councilNeighbourhood(found!.council);
    const shared = servicesSharedBy(gss);
    const peers = new Set([...nearest, ...like].map((council) => council.gss));
    const expected = new Set(
      partnershipRows
        .filter((row) => row.status !== "ended" && !memberCodes(row).includes(gss))
        .filter((row) => memberCodes(row).some((code) => peers.has(code)))
        .flatMap((row) =>
          splitList(row.service_areas ?? "")
            .filter((service) => !shared.has(service))
            .map((service) => `${service} ${row.slug}`),
        ),
    );
    const listed = new Set(
      unshared.flatMap((group) => group.partnerships.map((p) => `${group.serviceArea.slug} ${p.slug}`)),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(listed).toEqual(expected);
  });

  it("gives an abolished council no neighbours: its successor has them", async () => {
    const abolished = councilRows.find((row) => row.end_date && row.successor_gss)!;
    const found = await councils.getCouncil(abolished.gss!);
    expect(found?.council.abolished).toBe(true);
    expect(await councils.councilNeighbourhood(found!.council)).toEqual({ nearest: [], like: [], unshared: [] });
  });
});

// ---- search -------------------------------------------------------------------------------------------------

describe("council search", () => {
  const search = (q: string, extra: Partial<Parameters<typeof councils.searchCouncils>[0]> = {}) =>
    councils.searchCouncils({
      q,
      type: [],
      region: [],
      nation: [],
      status: "all",
      page: 1,
      pageSize: 20,
      ...extra,
    });

  it.each([
    ["Chelteham", "Cheltenham"],
    ["cheltenham", "Cheltenham"],
    ["CHÉLTENHAM", "Cheltenham"],
    ["Bristol", "City of Bristol"],
    ["Bristl", "City of Bristol"],
    ["Bristol City Council", "City of Bristol"],
    ["Manchster", "Manchester"],
    ["Edinbrugh", "City of Edinburgh"],
    ["E07000078", "Cheltenham"],
    ["e07000078", "Cheltenham"],
  ])("finds %j: %s first", async (q, name) => {
    const result = await search(q);
    expect(result.items[0]?.name).toBe(name);
  });

  it("finds a current council by a former GSS code", async () => {
    const row = councilRows.find((candidate) => candidate.former_gss_codes)!;
    const former = row.former_gss_codes!.split(";")[0]!.trim();
    const result = await search(former);
    expect(result.items[0]?.gss).toBe(row.gss);
  });

  it("finds an abolished council by its name, marked as not current, with its successor", async () => {
    const row = councilRows.find((candidate) => candidate.end_date && candidate.successor_gss)!;
    const result = await search(row.name!);
    const item = result.items.find((candidate) => candidate.gss === row.gss)!;
    expect(item.current).toBe(false);
    expect(item.successors.map((s) => s.gss)).toContain(row.successor_gss!.split(";")[0]!.trim());
  });

  it("does not let unrelated names in through typo tolerance", async () => {
    const names = (await search("north", { pageSize: 100 })).items.map((item) => item.name.toLowerCase());
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain("north");
  });

  it("filters by type, region, nation and status, current councils first", async () => {
    const districts = await search("", { type: ["district"], region: ["south-west"], pageSize: 100 });
    const expected = councilRows.filter((row) => row.council_type === "district" && row.region === "south-west");
    expect(districts.total).toBe(expected.length);
    expect(districts.items.every((item) => item.councilType === "district" && item.region === "south-west")).toBe(true);
    const current = districts.items.map((item) => item.current);
    expect(current).toEqual([...current].sort((a, b) => Number(b) - Number(a)));

    const former = await search("", { status: "former", pageSize: 100 });
    expect(former.total).toBe(councilRows.filter((row) => !isCurrentRow(row)).length);
    expect(former.items.every((item) => !item.current)).toBe(true);

    const wales = await search("", { nation: ["wales"], status: "current", pageSize: 100 });
    expect(wales.total).toBe(councilRows.filter((row) => row.nation === "wales" && isCurrentRow(row)).length);
  });

  it("pages through every council", async () => {
    const first = await search("", { pageSize: 100 });
    expect(first.total).toBe(councilRows.length);
    const last = await search("", { page: 5, pageSize: 100 });
    expect(last.items).toHaveLength(councilRows.length - 400);
  });

  it("suggests councils by name for the picker", async () => {
    const suggestions = await councils.suggestCouncils("Chelt", 5);
    expect(suggestions[0]).toMatchObject({ gss: "E07000078", name: "Cheltenham", current: true });
    expect(await councils.suggestCouncils("   ", 5)).toEqual([]);
  });
});

// ---- similar partnerships -----------------------------------------------------------------------------------

describe("similar partnerships", () => {
  it.each(["one-legal", "xentrall", "shwd", "lgss"])("for %s: share a service area, best first", async (slug) => {
    const own = new Set(splitList(partnershipRows.find((row) => row.slug === slug)!.service_areas ?? ""));
    const list = await similar.similarPartnerships(slug);
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(similar.SIMILAR_LIMIT);
    for (const partnership of list) {
      expect(partnership.slug).not.toBe(slug);
      expect(partnership.sharedServiceAreas.length).toBeGreaterThan(0);
      for (const area of partnership.sharedServiceAreas) expect(own.has(area.slug)).toBe(true);
    }
    const scores = list.map((partnership) => partnership.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("is empty for an unknown partnership", async () => {
    expect(await similar.similarPartnerships("no-such-partnership")).toEqual([]);
  });
});

// ---- the JSON API -------------------------------------------------------------------------------------------

const BASE = "http://localhost/api/councils";
const list = (query: string) => listRoute.GET(new Request(`${BASE}${query}`));
const detail = (gss: string, query = "") =>
  detailRoute.GET(new Request(`${BASE}/${encodeURIComponent(gss)}${query}`), { params: Promise.resolve({ gss }) });

describe("GET /api/councils", () => {
  it("lists councils in the documented shape, cacheable", async () => {
    const response = await list("?q=Chelteham&pageSize=10");
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe(CACHE_PUBLIC);
    const body = await response.json();
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 10 });
    const expectedPartnerships = partnershipRows.filter((row) => memberCodes(row).includes("E07000078")).length;
    expect(body.items[0]).toMatchObject({
      gss: "E07000078",
      name: "Cheltenham",
      officialName: "Cheltenham Borough Council",
      type: "district",
      tier: "lower",
      nation: "england",
      region: "south-west",
      current: true,
      successorGss: [],
      population: Number(rowOf("E07000078").population),
      partnerships: expectedPartnerships,
      url: "/councils/E07000078",
    });
    expect(body.items[0].latitude).toBeCloseTo(Number(rowOf("E07000078").latitude), 5);
    expect(body.items[0].longitude).toBeCloseTo(Number(rowOf("E07000078").longitude), 5);
  });

  it("filters with repeatable parameters and pages", async () => {
    const body = await (await list("?type=county&type=unitary&status=current&pageSize=5&page=2")).json();
    const expected = councilRows.filter(
      (row) => ["county", "unitary"].includes(row.council_type!) && isCurrentRow(row),
    ).length;
    expect(body).toMatchObject({ total: expected, page: 2, pageSize: 5 });
    expect(body.items).toHaveLength(5);
    expect(body.items.every((item: { current: boolean }) => item.current)).toBe(true);
  });

  it.each([
    ["?type=parish", "type"],
    ["?region=atlantis", "region"],
    ["?nation=mercia", "nation"],
    ["?status=abolished", "status"],
    ["?page=-1", "page"],
    ["?page=0", "page"],
    ["?page=2x", "page"],
    ["?pageSize=101", "pageSize"],
    ["?pageSize=abc", "pageSize"],
    [`?q=${"x".repeat(201)}`, "q"],
    ["?colour=blue", "colour"],
  ])("answers %s with 400 naming %s", async (query, parameter) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.json();
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toEqual(expect.any(String));
  });

  it("names the allowed values of a vocabulary parameter", async () => {
    const body = await (await list("?type=parish")).json();
    expect(body.error.allowed).toEqual(expect.arrayContaining(["county", "district", "unitary"]));
  });

  it("survives text no database could store, and refuses text with nothing searchable, naming q", async () => {
    expect((await list("?q=%00")).status).toBe(200);
    const refused = await list("?q=%25_%27");
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toMatch(/\bq\b/);
  });
});

describe("GET /api/councils/{gss}", () => {
  it("answers a council with its partnerships, nearest councils and councils like it", async () => {
    const response = await detail("E07000078");
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe(CACHE_PUBLIC);
    const body = await response.json();
    expect(body).toMatchObject({ gss: "E07000078", canonicalGss: "E07000078", name: "Cheltenham", current: true });
    const expected = partnershipRows.filter((row) => memberCodes(row).includes("E07000078")).map((row) => row.slug);
    expect(body.partnerships.map((p: { slug: string }) => p.slug).sort()).toEqual(expected.sort());
    expect(body.partnerships[0]).toEqual({
      slug: expect.any(String),
      name: expect.any(String),
      role: expect.stringMatching(/^(lead|member|provider)$/),
      url: expect.stringMatching(/^\/partnerships\//),
      // Cheltenham replaced no council: every partnership is its own.
      viaPredecessors: [],
    });
    expect(body.nearest).toHaveLength(NEAREST_LIMIT);
    expect(body.like.every((c: { type: string }) => c.type === "district")).toBe(true);
  });

  it("answers a former code with the current council and its canonical code", async () => {
    const row = councilRows.find((candidate) => candidate.former_gss_codes)!;
    const former = row.former_gss_codes!.split(";")[0]!.trim();
    const response = await detail(former);
    expect(response.status).toBe(200);
    expect(response.headers.get("Link")).toBe(`</api/councils/${row.gss}>; rel="canonical"`);
    expect(await response.json()).toMatchObject({ gss: row.gss, canonicalGss: row.gss, requestedGss: former });
  });

  it("answers an abolished council with its successors and history", async () => {
    const row = councilRows.find((candidate) => candidate.end_date && candidate.successor_gss)!;
    const body = await (await detail(row.gss!)).json();
    expect(body).toMatchObject({ gss: row.gss, current: false, abolishedOn: row.end_date });
    expect([...body.successorGss].sort()).toEqual(splitList(row.successor_gss!).sort());
    expect(body.nearest).toEqual([]);
  });

  it("accepts a lower-case code", async () => {
    expect((await detail("e07000078")).status).toBe(200);
  });

  it.each(["E0700007", "X07000078", "E07000078X", "cheltenham", "%00"])(
    "answers %j with 400 naming gss",
    async (gss) => {
      const response = await detail(gss);
      expect(response.status).toBe(400);
      expect(response.headers.get("Cache-Control")).toBe("no-store");
      expect((await response.json()).error.parameter).toBe("gss");
    },
  );

  it("answers an unknown code with 404", async () => {
    const response = await detail("E07999999");
    expect(response.status).toBe(404);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.json();
    expect(body.error.message).toContain("E07999999");
  });

  it("answers a query parameter with 400 naming it", async () => {
    const response = await detail("E07000078", "?nearest=20");
    expect(response.status).toBe(400);
    expect((await response.json()).error.parameter).toBe("nearest");
  });
});
