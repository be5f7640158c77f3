// One distance, in TypeScript and SQL alike: the migration's directory_distance_km ("near a council", nearest
// councils, similar partnerships) and lib/geo's distanceKm (the tests, the synthetic data) give the same
// kilometres between every pair of the real councils' points.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distanceKm } from "@/lib/geo/distance";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createThrowawayDatabase("geo");
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe("the distance between two councils", () => {
  it("is the same in SQL and in TypeScript, for every pair of the real councils", async () => {
    const points = (await readSeedCsv("councils.csv"))
      .filter((row) => row.latitude && row.longitude)
      .map((row) => ({ latitude: Number(row.latitude), longitude: Number(row.longitude) }));
    expect(points.length).toBeGreaterThan(300);
    const { rows } = await client.query<{ km: number[] }>(
      `SELECT array_agg(directory_distance_km(a.lat, a.lng, b.lat, b.lng) ORDER BY a.i, b.i) AS km
         FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS a(lat, lng, i),
              unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS b(lat, lng, i)`,
      [points.map((p) => p.latitude), points.map((p) => p.longitude)],
    );
    const sql = rows[0]!.km;
    let k = 0;
    for (const a of points) {
      for (const b of points) {
        const expected = distanceKm(a, b);
        expect(Math.abs(sql[k++]! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      }
    }
  });
});
