// "Near a council" says how near: every result carries the kilometres from that council's point to its nearest
// member, computed here from councils.csv with lib/geo's one formula; nearest first is the default order; the
// directory's list, the API and the exports agree.

import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distanceKm } from "@/lib/geo/distance";
import { loadSeed } from "@/lib/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";
import { readSeedCsv } from "../support/seed-files";

let database: ThrowawayDatabase;
type Handler = (request: Request) => Promise<Response>;
let api: Handler;
let csv: Handler;
let json: Handler;
let expected: Map<string, number>;
let filters: typeof import("@/lib/filters/index.server");

const ORIGIN = "E07000078";
const WITHIN = 40;
const QUERY = `near=${ORIGIN}&withinKm=${WITHIN}`;

beforeAll(async () => {
  database = await createThrowawayDatabase("search_near");
  await loadSeed({ connectionString: database.url });
  // The route handlers use the product's one database client, which reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = database.url;
  api = (await import("@/app/api/partnerships/route")).GET;
  csv = (await import("@/app/api/partnerships.csv/route")).GET;
  json = (await import("@/app/api/partnerships.json/route")).GET;
  filters = await import("@/lib/filters/index.server");

  // The nearest member council of every partnership with one within reach, from the seed files.
  const points = new Map(
    (await readSeedCsv("councils.csv"))
      .filter((row) => row.latitude)
      .map((row) => [row.gss!, { latitude: Number(row.latitude), longitude: Number(row.longitude) }]),
  );
  const origin = points.get(ORIGIN)!;
  expected = new Map();
  for (const row of await readSeedCsv("partnerships.csv")) {
    const km = row
      .members!.split(";")
      .map((member) => points.get(member.trim().split(" ")[0]!))
      .flatMap((point) => (point ? [distanceKm(origin, point)] : []));
    const nearest = Math.min(...km);
    if (nearest <= WITHIN) expected.set(row.slug!, Math.round(nearest * 10) / 10);
  }
}, 180_000);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client.server");
  await prisma.$disconnect();
  await database?.drop();
});

const request = (path: string, query: string) => new Request(`http://localhost${path}?${query}`);

describe("near a council", () => {
  it("gives every result its distance, nearest first by default, as the formula says", async () => {
    const body = await (await api(request("/api/partnerships", `${QUERY}&pageSize=100`))).json();
    const items = body.items as { slug: string; distanceKm: number }[];
    expect(expected.size).toBeGreaterThan(1);
    expect(body.total).toBe(expected.size);
    expect(new Map(items.map((item) => [item.slug, item.distanceKm]))).toEqual(expected);
    const distances = items.map((item) => item.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(WITHIN);
  });

  it("keeps another chosen order, with the distances", async () => {
    const body = await (await api(request("/api/partnerships", `${QUERY}&sort=name&pageSize=100`))).json();
    const names = body.items.map((item: { name: string }) => item.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, "en-GB")));
    for (const item of body.items) expect(item.distanceKm).toBe(expected.get(item.slug));
  });

  it("agrees between the directory's list, the API and the exports", async () => {
    const parsed = filters.parseParams(new URLSearchParams(`${QUERY}&pageSize=100`));
    const { result } = await filters.searchPartnerships(parsed.filter, parsed.options);
    const listed = result.items.map((item) => [item.slug, item.distanceKm]);
    const body = await (await api(request("/api/partnerships", `${QUERY}&pageSize=100`))).json();
    expect(body.items.map((item: { slug: string; distanceKm: number }) => [item.slug, item.distanceKm])).toEqual(
      listed,
    );

    const exported = await (await json(request("/api/partnerships.json", QUERY))).json();
    expect(exported.items.map((item: { slug: string; distanceKm: number }) => [item.slug, item.distanceKm])).toEqual(
      listed,
    );

    const rows = parse(await (await csv(request("/api/partnerships.csv", QUERY))).text(), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((row) => [row.slug, Number(row.distance_km)])).toEqual(listed);
  });

  it("has no distance without near, and refuses to sort by it", async () => {
    const body = await (await api(request("/api/partnerships", "q=legal&pageSize=5"))).json();
    expect(body.items[0]).not.toHaveProperty("distanceKm");
    const rows = parse(await (await csv(request("/api/partnerships.csv", "q=legal"))).text(), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.every((row) => row.distance_km === "")).toBe(true);

    const refused = await api(request("/api/partnerships", "q=legal&sort=distance"));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatchObject({ parameter: "sort" });
  });
});
