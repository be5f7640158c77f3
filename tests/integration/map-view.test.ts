// The map by view (docs/decisions/022) against the real data: for several filters computed from the seed files,
// the clusters and partnerships of any zoom add up to the list's total (less the partnerships without a point),
// the partnerships in view partition by area, and at national zoom the clusters separate.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client.server";
import { parseParams, resolveFilter, searchPartnerships } from "@/lib/filters/index.server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { markersInView, partnershipsInView, type Bbox } from "@/lib/map/clusters";
import { buildViewIndex, mapView } from "@/lib/map/view-index.server";
import { MAX_ZOOM, MIN_ZOOM } from "@/lib/map/view-state";
import { loadSeed } from "@/lib/seed";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let db: PrismaClient;
const filters: string[] = [""];

/** The most frequent value of a list column of the seed's partnerships. */
function mostFrequent(rows: Record<string, string>[], pick: (row: Record<string, string>) => string[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) for (const value of pick(row)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

beforeAll(async () => {
  database = await createThrowawayDatabase("map-view");
  await loadSeed({ connectionString: database.url });
  db = createPrismaClient(database.url);
  const partnerships = await readSeedCsv("partnerships.csv");
  const councils = new Map((await readSeedCsv("councils.csv")).map((row) => [row.gss!, row]));
  const list = (value: string | undefined) =>
    (value ?? "")
      .split(";")
      .map((v) => v.trim())
      .filter(Boolean);
  const members = (row: Record<string, string>) =>
    list(row.members)
      .map((member) => member.split(" ")[0]!)
      .filter((code) => councils.has(code));
  filters.push(
    `service=${mostFrequent(partnerships, (row) => list(row.service_areas))}`,
    `model=${mostFrequent(partnerships, (row) => [row.model_type!])}`,
    `region=${mostFrequent(partnerships, (row) => [...new Set(members(row).map((code) => councils.get(code)!.region!))].filter(Boolean))}`,
    `council=${mostFrequent(partnerships, members)}`,
    `status=${mostFrequent(partnerships, (row) => [row.status!])}&savingsMin=1`,
  );
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const WORLD: Bbox = [-180, -85, 180, 85];

describe("the map by view", () => {
  it("counts every partnership of the filter once at every zoom, over the whole extent and over halves", async () => {
    for (const query of filters) {
      const { filter } = parseParams(new URLSearchParams(query));
      const { resolved } = await resolveFilter(filter, db);
      const { result } = await searchPartnerships(filter, { sort: "name", page: 1, pageSize: 20 }, db);
      const index = await buildViewIndex(db, resolved);
      expect(index.total, query).toBe(result.total);
      expect(index.total, query).toBeGreaterThan(0);
      const drawn = index.total - index.unlocated;
      const [west, south, east, north] = index.bounds!;
      for (const bbox of [WORLD, [west - 0.01, south - 0.01, east + 0.01, north + 0.01] as Bbox]) {
        for (let zoom = MIN_ZOOM; zoom <= MAX_ZOOM; zoom += 1) {
          const markers = markersInView(index.clusters, index.spots, bbox, zoom);
          const counted = markers.reduce((sum, m) => sum + (m.kind === "cluster" ? m.count : 1), 0);
          expect(counted, `${query} at zoom ${zoom}`).toBe(drawn);
        }
      }
      // The partnerships in view split by area: west and east of the middle add up to all of them.
      const middle = (west + east) / 2;
      const westHalf = partnershipsInView(index.spots, [-180, -85, middle, 85], 50);
      const eastHalf = partnershipsInView(index.spots, [middle + 1e-9, -85, 180, 85], 50);
      expect(westHalf.count + eastHalf.count, query).toBe(drawn);
      // The first of them by name, as the list sorted by name has them.
      const all = partnershipsInView(index.spots, WORLD, 20);
      if (index.unlocated === 0) {
        const slugs = (await mapView(db, index, WORLD, MIN_ZOOM)).inView.partnerships.slice(0, 20).map((p) => p.slug);
        expect(slugs, query).toEqual(result.items.map((item) => item.slug));
      }
      expect(all.ids.length).toBe(Math.min(20, drawn));
    }
  }, 120_000);

  it("parts the clusters at national zoom, and names the partnerships it shows", async () => {
    const { resolved } = await resolveFilter(parseParams(new URLSearchParams()).filter, db);
    const index = await buildViewIndex(db, resolved);
    const view = await mapView(db, index, [-11, 49.5, 2.5, 61], 6);
    const largest = Math.max(...view.markers.map((m) => (m.kind === "cluster" ? m.count : 1)));
    expect(view.markers.length).toBeGreaterThanOrEqual(20);
    expect(largest).toBeLessThan(index.total / 4);
    for (const marker of view.markers) {
      if (marker.kind === "partnership") {
        expect(marker.slug).toMatch(/^[a-z0-9-]+$/);
        expect(marker.councils).toBeGreaterThan(0);
      }
    }
  }, 60_000);
});
