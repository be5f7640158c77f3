import { describe, expect, it } from "vitest";
import { formatKm, likenessScore, POPULATION_FACTOR, similarPopulation } from "./scoring";

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
