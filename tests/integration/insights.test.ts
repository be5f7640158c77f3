// The insight charts against the real data: every number is worked out here another way — from the seed files
// themselves, or from the directory's own facet counts for the same filter — never hard-coded.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client.server";
import { EMPTY_FILTER, resolveFilter, searchPartnerships, DEFAULT_LIST_OPTIONS } from "@/lib/filters/index.server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { insightsOf } from "@/lib/insights/charts.server";
import type { ChartTable } from "@/lib/charts/table";
import type { PartnershipFilter } from "@/lib/filters/schema";
import { loadSeed } from "@/lib/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";
import { readSeedCsv } from "../support/seed-files";

let database: ThrowawayDatabase;
let db: PrismaClient;
let rows: Record<string, string>[];

beforeAll(async () => {
  database = await createThrowawayDatabase("insight_charts");
  await loadSeed({ connectionString: database.url });
  db = createPrismaClient(database.url);
  rows = await readSeedCsv("partnerships.csv");
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

async function chartsFor(filter: Partial<PartnershipFilter>) {
  const full = { ...EMPTY_FILTER, ...filter };
  const { resolved } = await resolveFilter(full, db);
  const [insights, { result }] = await Promise.all([
    insightsOf(resolved, db),
    searchPartnerships(full, DEFAULT_LIST_OPTIONS, db),
  ]);
  return { insights, result };
}

/** A one-series chart as { row key: value }. */
const valuesOf = (table: ChartTable, series = 0) =>
  Object.fromEntries(table.rows.map((row) => [row.key, row.values[series]]));
/** The facet's non-zero counts as { value: count }. */
const facetOf = (counts: { value: string; count: number }[]) =>
  Object.fromEntries(counts.filter((c) => c.count > 0).map((c) => [c.value, c.count]));

const list = (value: string | undefined) =>
  (value ?? "")
    .split(";")
    .map((v) => v.trim())
    .filter(Boolean);

describe.each([
  ["all partnerships", {}],
  ["waste & environment", { service: ["waste-environment" as const] }],
])("insights of %s", (_, filter) => {
  it("count what the directory's facets and totals count for the same filter", async () => {
    const { insights, result } = await chartsFor(filter);
    expect(insights.total).toBe(result.total);
    expect(valuesOf(insights.charts.models)).toEqual(facetOf(result.facets.model));
    expect(valuesOf(insights.charts["council-types"])).toEqual(facetOf(result.facets.councilType));
    const places = { ...facetOf(result.facets.region), ...facetOf(result.facets.nation) };
    delete places.england;
    expect(valuesOf(insights.charts.places)).toEqual(places);
    if (!("service" in filter)) expect(valuesOf(insights.charts.services)).toEqual(facetOf(result.facets.service));
    // Bars come most first.
    const services = insights.charts.services.rows.map((row) => row.values[0]!);
    expect(services).toEqual([...services].sort((a, b) => b - a));
  });

  it("count starts, ends and active years as the seed file's own years say", async () => {
    const { insights } = await chartsFor(filter);
    const service = "service" in filter ? filter.service[0]! : null;
    const mine = rows.filter((row) => service === null || list(row.service_areas).includes(service));
    const dated = mine.filter((row) => row.status !== "planned" && row.start_year);
    const timeline = insights.charts.timeline.rows;
    expect(timeline[0]!.label).toBe(String(Math.min(...dated.map((row) => Number(row.start_year)))));
    expect(timeline.at(-1)!.label).toBe(String(new Date().getFullYear()));
    for (const { label, values } of timeline) {
      const year = Number(label);
      expect(values[0], `started in ${year}`).toBe(dated.filter((row) => Number(row.start_year) === year).length);
      expect(values[1], `ended in ${year}`).toBe(mine.filter((row) => Number(row.end_year) === year).length);
    }
    for (const { label, values } of insights.charts.active.rows) {
      const year = Number(label);
      const active = dated.filter(
        (row) =>
          Number(row.start_year) <= year && (row.end_year ? Number(row.end_year) >= year : row.status !== "ended"),
      ).length;
      expect(values[0], `active in ${year}`).toBe(active);
    }
  });

  it("accounts for every partnership once in the savings, and counts those reporting none", async () => {
    const { insights, result } = await chartsFor(filter);
    const { savings } = insights;
    expect(savings.achieved + savings.projected + savings.noEstimate + savings.notReported).toBe(result.total);
    expect(savings.notReported).toBe(result.total - result.totals.withSavings);
    const chart = insights.charts.savings.rows;
    expect(chart.reduce((sum, row) => sum + row.values[0]!, 0)).toBe(savings.achieved);
    expect(chart.reduce((sum, row) => sum + row.values[1]!, 0)).toBe(savings.projected);
    // Achieved figures rest on annual or cumulative claims: the seed file's claims say how many can.
    const service = "service" in filter ? filter.service[0]! : null;
    const mine = rows.filter((row) => service === null || list(row.service_areas).includes(service));
    expect(savings.notReported).toBe(mine.filter((row) => !row.savings_gbp).length);
  });

  it("ranks the most-connected councils by the partnerships the seed file gives them", async () => {
    const { insights } = await chartsFor(filter);
    const service = "service" in filter ? filter.service[0]! : null;
    const counts = new Map<string, number>();
    for (const row of rows.filter((r) => service === null || list(r.service_areas).includes(service))) {
      for (const member of list(row.members)) {
        const code = member.split(" ")[0]!;
        if (/^[ENSW]\d{8}$/.test(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    }
    const top = Math.max(...counts.values());
    const councils = insights.charts.councils.rows;
    expect(councils[0]!.values[0]).toBe(top);
    for (const row of councils) expect(row.values[0], row.label).toBe(counts.get(row.key));
  });
});

describe("a council's sharing profile", () => {
  it("counts its current partnerships and its peers sharing each service area, as the seed file says", async () => {
    const { sharingProfile } = await import("@/lib/insights/sharing-profile.server");
    const organisations = await db.organisation.findMany({
      where: { gss: { in: ["E07000078", "E07000083", "E07000080", "E07000079"] } },
      select: { id: true, gss: true, name: true },
    });
    const byCode = new Map(organisations.map((o) => [o.gss!, { id: o.id, gss: o.gss!, name: o.name }]));
    const council = byCode.get("E07000078")!;
    const peers = ["E07000083", "E07000080", "E07000079"].map((code) => byCode.get(code)!);
    const { table, notShared } = await sharingProfile(council, peers, db);

    const current = rows.filter((row) => row.status !== "ended");
    const codesOf = (row: Record<string, string>) => list(row.members).map((member) => member.split(" ")[0]!);
    const expected = new Map<string, [number, number]>();
    for (const area of new Set(current.flatMap((row) => list(row.service_areas)))) {
      const inArea = current.filter((row) => list(row.service_areas).includes(area));
      const own = inArea.filter((row) => codesOf(row).includes(council.gss)).length;
      const sharing = peers.filter((peer) => inArea.some((row) => codesOf(row).includes(peer.gss))).length;
      if (own + sharing > 0) expected.set(area, [own, sharing]);
    }
    expect(Object.fromEntries(table.rows.map((row) => [row.key, row.values]))).toEqual(Object.fromEntries(expected));
    // What it shares comes first; then what only its peers share, which is named.
    const firstUnshared = table.rows.findIndex((row) => row.values[0] === 0);
    if (firstUnshared >= 0) expect(table.rows.slice(firstUnshared).every((row) => row.values[0] === 0)).toBe(true);
    expect(notShared.length).toBe([...expected.values()].filter(([own]) => own === 0).length);
    for (const row of table.rows) expect(row.href).toContain(`service=${row.key}`);
  });
});
