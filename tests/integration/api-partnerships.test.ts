// The JSON API over the real data: its shape, its errors, and (property-based) that no combination of
// parameters, valid or not, gives a server error, while valid ones give facet counts consistent with the list.

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "@/lib/seed";
import { FACETS } from "@/lib/filters/schema";
import {
  COUNCIL_TYPES,
  MODEL_TYPE_SLUGS,
  NATIONS,
  PARTNERSHIP_STATUSES,
  REGIONS,
  SERVICE_AREA_SLUGS,
} from "@/lib/vocabulary";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let list: (request: Request) => Promise<Response>;
let one: (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;

beforeAll(async () => {
  database = await createThrowawayDatabase("api");
  await loadSeed({ connectionString: database.url });
  // The route handlers use the product's one database client, which reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = database.url;
  list = (await import("@/app/api/partnerships/route")).GET;
  one = (await import("@/app/api/partnerships/[slug]/route")).GET;
}, 180_000);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client.server");
  await prisma.$disconnect();
  await database?.drop();
});

const get = (query: string) => list(new Request(`http://localhost/api/partnerships?${query}`));

describe("GET /api/partnerships", () => {
  it("answers the list shape of docs/product.md, cacheable", async () => {
    const response = await get("service=legal-democratic&pageSize=5");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["facets", "items", "page", "pageSize", "total", "totals"]);
    expect(body.items).toHaveLength(5);
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        "annualisedSavingsGbp",
        "contact",
        "endYear",
        "lastVerified",
        "lineage",
        "members",
        "modelType",
        "name",
        "savings",
        "serviceAreas",
        "slug",
        "startYear",
        "status",
        "summary",
        "url",
        "viaPredecessors",
      ].sort(),
    );
    expect(body.items.every((item: { serviceAreas: string[] }) => item.serviceAreas.includes("legal-democratic"))).toBe(
      true,
    );
    expect(Object.keys(body.facets).sort()).toEqual([...FACETS].sort());
    expect(Object.keys(body.totals).sort()).toEqual([
      "achievedSavingsGbp",
      "annualisedSavingsGbp",
      "councils",
      "partnerships",
      "projectedSavingsGbp",
      "withSavings",
    ]);
  });

  const bad: [string, string][] = [
    ["savingsMin=abc", "savingsMin"],
    ["savingsMin=-5", "savingsMin"],
    ["savingsMin=1.5", "savingsMin"],
    ["service=cheese", "service"],
    ["model=Shared-Service", "model"],
    ["status=closed", "status"],
    ["region=wales", "region"],
    ["nation=england&nation=mars", "nation"],
    ["councilType=parish", "councilType"],
    ["council=cheltenham", "council"],
    ["council=E99999999", "council"],
    ["near=E99999999", "near"],
    ["withinKm=10", "withinKm"],
    ["near=E07000078&withinKm=-1", "withinKm"],
    ["hasSavings=yes", "hasSavings"],
    ["startFrom=twenty", "startFrom"],
    ["startFrom=2020&startTo=2010", "startTo"],
    ["savingsMin=500&savingsMax=100", "savingsMax"],
    ["sort=random", "sort"],
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["pageSize=1000", "pageSize"],
    [`q=${"x".repeat(20_000)}`, "q"],
    ["q=%00legal&service=nonsense", "service"],
    ["colour=blue", "colour"],
    ["page=1&page=2", "page"],
  ];
  for (const [query, parameter] of bad) {
    it(`400 for ${query.slice(0, 40)}, naming ${parameter}`, async () => {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = await response.json();
      expect(body.error.parameter).toBe(parameter);
      expect(body.error.message).toMatch(new RegExp(parameter));
    });
  }

  it("treats control characters in q as spaces rather than failing", async () => {
    const response = await get("q=%00legal%01");
    expect(response.status).toBe(200);
    expect((await response.json()).total).toBe((await (await get("q=legal")).json()).total);
  });

  it("lists the allowed values for an unknown slug", async () => {
    const body = await (await get("service=cheese")).json();
    expect(body.error.allowed).toEqual([...SERVICE_AREA_SLUGS]);
  });

  it("never answers 5xx, whatever the parameters; valid ones have facets consistent with the list", async () => {
    const slugOrJunk = (values: readonly string[]) =>
      fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 }));
    const parameter = fc.oneof(
      fc.tuple(fc.constant("service"), slugOrJunk(SERVICE_AREA_SLUGS)),
      fc.tuple(fc.constant("model"), slugOrJunk(MODEL_TYPE_SLUGS)),
      fc.tuple(fc.constant("status"), slugOrJunk(PARTNERSHIP_STATUSES)),
      fc.tuple(fc.constant("region"), slugOrJunk(REGIONS)),
      fc.tuple(fc.constant("nation"), slugOrJunk(NATIONS)),
      fc.tuple(fc.constant("councilType"), slugOrJunk(COUNCIL_TYPES)),
      fc.tuple(
        fc.constant("council"),
        fc.oneof(fc.constantFrom("E07000078", "E06000004", "S12000049", "E08000016"), fc.string({ maxLength: 10 })),
      ),
      fc.tuple(
        fc.constantFrom("savingsMin", "savingsMax", "startFrom", "startTo", "withinKm", "page", "pageSize"),
        fc.oneof(fc.integer({ min: -10, max: 3_000_000 }).map(String), fc.string({ maxLength: 8 })),
      ),
      fc.tuple(fc.constant("hasSavings"), fc.constantFrom("true", "false", "maybe")),
      fc.tuple(
        fc.constant("q"),
        fc.oneof(
          fc.constantFrom("legal", "waste partnershp", "Chelteham", "ICT", "é'\"<>%"),
          fc.string({ maxLength: 30 }),
        ),
      ),
      fc.tuple(fc.constant("sort"), fc.constantFrom("relevance", "savings", "newest", "name", "up")),
      fc.tuple(fc.constant("near"), fc.constantFrom("E07000078", "W06000001", "nowhere")),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(parameter, { maxLength: 5 }), async (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const response = await get(query);
        expect(response.status, query).toBeLessThan(500);
        if (response.status !== 200) {
          expect(response.status, query).toBe(400);
          return;
        }
        const body = await response.json();
        // Facets leave out their own parameter, so a facet with no active value counts exactly the list.
        const active = new Set(pairs.map(([name]) => name));
        for (const facet of ["service", "model", "status"] as const) {
          if (active.has(facet)) continue;
          const sum = body.facets[facet].reduce((total: number, option: { count: number }) => total + option.count, 0);
          if (facet === "service") expect(sum, query).toBeGreaterThanOrEqual(body.total);
          else expect(sum, query).toBe(body.total);
        }
        expect(body.totals.partnerships).toBe(body.total);
      }),
      { numRuns: 150 },
    );
  });
});

describe("GET /api/partnerships/{slug}", () => {
  const call = (slug: string) =>
    one(new Request(`http://localhost/api/partnerships/${slug}`), { params: Promise.resolve({ slug }) });

  it("answers one partnership in full", async () => {
    const response = await call("xentrall");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.members.map((m: { gss: string }) => m.gss)).toEqual(expect.arrayContaining(["E06000004", "E06000005"]));
    expect(body.savings[0]).toMatchObject({
      amountGbp: 17_200_000,
      basis: "cumulative",
      periodYears: 12,
      annualisedGbp: 1_433_333,
    });
  });

  it("404 with the error shape for an unknown slug, 400 for a malformed one", async () => {
    const missing = await call("no-such-partnership");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toMatch(/no-such-partnership/);
    const malformed = await call("Not A Slug!");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.parameter).toBe("slug");
  });
});
