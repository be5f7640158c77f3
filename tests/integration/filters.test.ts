// Every filter of docs/product.md against the real data. What each filter should match is computed here from the seed
// files themselves (members' regions, types, services, years, savings), never hard-coded.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client.server";
import { parseParams, searchPartnerships, matchingIdsQuery, resolveFilter, FACETS } from "@/lib/filters/index.server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SavingsBasis } from "@/lib/vocabulary";
import { loadSeed } from "@/lib/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";
import { readSeedCsv } from "../support/seed-files";

interface SeedPartnership {
  slug: string;
  services: string[];
  model: string;
  status: string;
  startYear: number | null;
  councils: string[];
  hasSavings: boolean;
  annualised: number | null;
}

let database: ThrowawayDatabase;
let db: PrismaClient;
let partnerships: SeedPartnership[];
let councils: Map<string, Record<string, string>>;

const list = (value: string | undefined) =>
  (value ?? "")
    .split(";")
    .map((v) => v.trim())
    .filter(Boolean);

beforeAll(async () => {
  database = await createThrowawayDatabase("filters");
  await loadSeed({ connectionString: database.url });
  db = createPrismaClient(database.url);
  councils = new Map((await readSeedCsv("councils.csv")).map((row) => [row.gss!, row]));
  partnerships = (await readSeedCsv("partnerships.csv")).map((row) => {
    const claims = row.savings_gbp
      ? [
          {
            amountGbp: Number(row.savings_gbp),
            basis: row.savings_basis as SavingsBasis,
            periodYears: null as number | null,
          },
        ]
      : [];
    return {
      slug: row.slug!,
      services: list(row.service_areas),
      model: row.model_type!,
      status: row.status!,
      startYear: row.start_year ? Number(row.start_year) : null,
      councils: list(row.members)
        .map((member) => member.split(" ")[0]!)
        .filter((ref) => /^[EWSN]\d{8}$/.test(ref)),
      hasSavings: claims.length > 0,
      annualised: null,
    };
  });
  // The stored estimate is lib/savings applied to the claim with its parsed period; read it back per slug.
  const stored = await db.partnership.findMany({ select: { slug: true, annualisedSavingsGbp: true } });
  const bySlug = new Map(
    stored.map((row) => [row.slug, row.annualisedSavingsGbp === null ? null : Number(row.annualisedSavingsGbp)]),
  );
  for (const partnership of partnerships) partnership.annualised = bySlug.get(partnership.slug) ?? null;
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** Every slug the filter matches, through the same query the map and exports use. */
async function matching(query: string): Promise<string[]> {
  const { filter, problems } = parseParams(new URLSearchParams(query));
  expect(problems).toEqual([]);
  const { resolved, problems: unresolved } = await resolveFilter(filter, db);
  expect(unresolved).toEqual([]);
  const rows = await db.$queryRaw<{ id: number }[]>(matchingIdsQuery(resolved, "name"));
  const slugs = await db.partnership.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { slug: true } });
  return slugs.map((row) => row.slug).sort();
}

function expected(predicate: (p: SeedPartnership) => boolean): string[] {
  return partnerships
    .filter(predicate)
    .map((p) => p.slug)
    .sort();
}

const councilField = (gss: string, field: string) => councils.get(gss)?.[field] ?? "";

describe("each filter matches what the data says", () => {
  it("service, OR within the parameter", async () => {
    expect(await matching("service=legal-democratic")).toEqual(
      expected((p) => p.services.includes("legal-democratic")),
    );
    expect(await matching("service=legal-democratic&service=waste-environment")).toEqual(
      expected((p) => p.services.includes("legal-democratic") || p.services.includes("waste-environment")),
    );
  });

  it("model and status", async () => {
    expect(await matching("model=shared-management-team")).toEqual(
      expected((p) => p.model === "shared-management-team"),
    );
    expect(await matching("status=ended&status=planned")).toEqual(
      expected((p) => ["ended", "planned"].includes(p.status)),
    );
  });

  it("region, nation and council type match when at least one member council does", async () => {
    expect(await matching("region=south-west")).toEqual(
      expected((p) => p.councils.some((gss) => councilField(gss, "region") === "south-west")),
    );
    expect(await matching("nation=wales")).toEqual(
      expected((p) => p.councils.some((gss) => councilField(gss, "nation") === "wales")),
    );
    expect(await matching("councilType=county&councilType=london-borough")).toEqual(
      expected((p) =>
        p.councils.some((gss) => ["county", "london-borough"].includes(councilField(gss, "council_type"))),
      ),
    );
  });

  it("council, by current or former code", async () => {
    expect(await matching("council=E07000078")).toEqual(expected((p) => p.councils.includes("E07000078")));
    expect(await matching("council=E07000078&council=E06000004")).toEqual(
      expected((p) => p.councils.includes("E07000078") || p.councils.includes("E06000004")),
    );
    const withFormer = [...councils.values()].find(
      (row) => row.former_gss_codes && partnerships.some((p) => p.councils.includes(row.gss!)),
    );
    expect(withFormer).toBeDefined();
    const former = list(withFormer!.former_gss_codes)[0]!;
    expect(await matching(`council=${former}`)).toEqual(await matching(`council=${withFormer!.gss}`));
  });

  it("savings: range on the annualised estimate (inclusive), and hasSavings", async () => {
    expect(await matching("savingsMin=100000&savingsMax=1000000")).toEqual(
      expected((p) => p.annualised !== null && p.annualised >= 100000 && p.annualised <= 1000000),
    );
    const some = partnerships.find((p) => p.annualised !== null)!;
    expect(await matching(`savingsMin=${some.annualised}&savingsMax=${some.annualised}`)).toContain(some.slug);
    expect(await matching("hasSavings=true")).toEqual(expected((p) => p.hasSavings));
    expect(await matching("hasSavings=false")).toEqual(expected((p) => !p.hasSavings));
  });

  it("start years, inclusive, excluding unknown years", async () => {
    expect(await matching("startFrom=2010&startTo=2015")).toEqual(
      expected((p) => p.startYear !== null && p.startYear >= 2010 && p.startYear <= 2015),
    );
    expect(await matching("startFrom=2020")).toEqual(expected((p) => p.startYear !== null && p.startYear >= 2020));
  });

  it("near a council, within a distance of its point", async () => {
    const origin = councils.get("E07000078")!;
    const distance = (gss: string) => {
      const c = councils.get(gss);
      if (!c?.latitude) return Infinity;
      const rad = Math.PI / 180;
      const [lat1, lng1, lat2, lng2] = [
        Number(origin.latitude),
        Number(origin.longitude),
        Number(c.latitude),
        Number(c.longitude),
      ];
      const h =
        Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
        Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
      return 6371.0088 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    };
    expect(await matching("near=E07000078&withinKm=40")).toEqual(
      expected((p) => p.councils.some((gss) => distance(gss) <= 40)),
    );
  });

  it("combines different parameters with AND", async () => {
    expect(await matching("service=legal-democratic&region=south-west")).toEqual(
      expected(
        (p) =>
          p.services.includes("legal-democratic") &&
          p.councils.some((gss) => councilField(gss, "region") === "south-west"),
      ),
    );
    expect(await matching("service=waste-environment&nation=scotland&status=active")).toEqual(
      expected(
        (p) =>
          p.services.includes("waste-environment") &&
          p.status === "active" &&
          p.councils.some((gss) => councilField(gss, "nation") === "scotland"),
      ),
    );
  });
});

describe("search that forgives", () => {
  it("finds a council's partnerships despite a typo, and ignores case", async () => {
    const cheltenham = expected((p) => p.councils.includes("E07000078"));
    const found = await matching("q=Chelteham");
    for (const slug of cheltenham) expect(found).toContain(slug);
    expect(await matching("q=CHELTENHAM")).toEqual(await matching("q=cheltenham"));
  });

  it("finds waste partnerships despite a misspelt word", async () => {
    const found = await matching("q=waste+partnershp");
    expect(found).toContain("somerset-waste-partnership");
    const waste = new Set(expected((p) => p.services.includes("waste-environment")));
    expect(found.filter((slug) => waste.has(slug)).length).toBeGreaterThan(found.length / 2);
  });

  it("ignores accents", async () => {
    expect(await matching("q=Ynys+M%C3%B4n")).toEqual(await matching("q=Ynys+Mon"));
  });

  it("ranks name matches first", async () => {
    const { result } = await searchPartnerships(
      parseParams(new URLSearchParams("q=legal")).filter,
      { sort: "relevance", page: 1, pageSize: 5 },
      db,
    );
    expect(result.items[0]!.name.toLowerCase()).toContain("legal");
  });
});

describe("facets and totals agree with the list", () => {
  const queries = [
    "",
    "service=waste-environment",
    "region=south-west&model=shared-service",
    "q=legal&status=active",
    "hasSavings=true&nation=england",
  ];

  for (const query of queries) {
    it(`for "${query || "no filter"}"`, async () => {
      const parsed = parseParams(new URLSearchParams(query));
      const { result } = await searchPartnerships(parsed.filter, { ...parsed.options, pageSize: 100 }, db);
      const slugs = await matching(query);
      expect(result.total).toBe(slugs.length);
      expect(result.totals.partnerships).toBe(slugs.length);

      const matched = partnerships.filter((p) => slugs.includes(p.slug));
      expect(result.totals.withSavings).toBe(matched.filter((p) => p.hasSavings).length);
      expect(result.totals.annualisedSavingsGbp).toBe(matched.reduce((sum, p) => sum + (p.annualised ?? 0), 0));
      expect(result.totals.councils).toBe(new Set(matched.flatMap((p) => p.councils)).size);

      // A facet value's count is what the list would show with that value chosen (alone, for its parameter).
      for (const facet of FACETS) {
        for (const option of result.facets[facet].filter((o) => o.count > 0).slice(0, 3)) {
          const params = new URLSearchParams(query);
          params.delete(facet);
          params.append(facet, option.value);
          expect((await matching(params.toString())).length, `${facet}=${option.value}`).toBe(option.count);
        }
      }
    });
  }
});

describe("pages and sorts", () => {
  it("pages cover the whole match without overlap, in every sort", async () => {
    for (const sort of ["name", "savings", "newest"] as const) {
      const seen: string[] = [];
      for (let page = 1; ; page++) {
        const { result } = await searchPartnerships(
          parseParams(new URLSearchParams()).filter,
          { sort, page, pageSize: 40 },
          db,
        );
        if (result.items.length === 0) break;
        seen.push(...result.items.map((item) => item.slug));
      }
      expect(seen.length).toBe(partnerships.length);
      expect(new Set(seen).size).toBe(partnerships.length);
    }
  });

  it("sorts by savings with 'not reported' last", async () => {
    const { result } = await searchPartnerships(
      parseParams(new URLSearchParams()).filter,
      { sort: "savings", page: 1, pageSize: 100 },
      db,
    );
    const values = result.items.map((item) => item.annualisedSavingsGbp);
    const reported = values.filter((v): v is number => v !== null);
    expect(reported).toEqual([...reported].sort((a, b) => b - a));
    expect(values.indexOf(null) === -1 || values.slice(values.indexOf(null)).every((v) => v === null)).toBe(true);
  });

  it("reports unknown council codes and drops only that part", async () => {
    const { filter } = parseParams(new URLSearchParams("council=E99999999&service=legal-democratic"));
    const { result, problems } = await searchPartnerships(filter, { sort: "name", page: 1, pageSize: 20 }, db);
    expect(problems.map((p) => p.parameter)).toEqual(["council"]);
    expect(result.total).toBe(expected((p) => p.services.includes("legal-democratic")).length);
  });
});
