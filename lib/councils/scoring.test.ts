import { describe, expect, it } from "vitest";
import { formatKm, haversineKm, likenessScore, POPULATION_FACTOR, similarPopulation } from "./scoring";

describe("haversineKm", () => {
  it("is zero between a point and itself", () => {
    expect(haversineKm(51.9, -2.07, 51.9, -2.07)).toBe(0);
  });

  it("measures Cheltenham to Gloucester at about 12 km", () => {
    expect(haversineKm(51.896999, -2.074022, 51.8552, -2.2381)).toBeCloseTo(12.1, 0);
  });

  it("measures London to Edinburgh at about 534 km, the same both ways", () => {
    const there = haversineKm(51.5074, -0.1278, 55.9533, -3.1883);
    expect(there).toBeGreaterThan(525);
    expect(there).toBeLessThan(540);
    expect(haversineKm(55.9533, -3.1883, 51.5074, -0.1278)).toBeCloseTo(there, 9);
  });
});

describe("similarPopulation", () => {
  it("accepts populations within the factor either way, and no further", () => {
    expect(similarPopulation(100_000, 100_000 * POPULATION_FACTOR)).toBe(true);
    expect(similarPopulation(100_000, 100_000 / POPULATION_FACTOR)).toBe(true);
    expect(similarPopulation(100_000, 100_000 * POPULATION_FACTOR + 1)).toBe(false);
    expect(similarPopulation(100_000, 0)).toBe(false);
  });
});

describe("likenessScore", () => {
  it("is 0 for the same population at no distance, and 1 at the factor limit", () => {
    expect(likenessScore(0, 100_000, 100_000)).toBe(0);
    expect(likenessScore(0, 100_000, 150_000)).toBeCloseTo(1, 9);
    expect(likenessScore(0, 150_000, 100_000)).toBeCloseTo(1, 9);
  });

  it("puts a near council of a less similar size before a far one of the same size", () => {
    expect(likenessScore(10, 100_000, 140_000)).toBeLessThan(likenessScore(80, 100_000, 100_000));
  });
});

describe("formatKm", () => {
  it("shows tenths under 10 km and whole kilometres beyond", () => {
    expect(formatKm(3.44)).toBe("3.4 km");
    expect(formatKm(0)).toBe("0.0 km");
    expect(formatKm(27.6)).toBe("28 km");
  });
});
