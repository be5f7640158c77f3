import { describe, expect, it } from "vitest";
import { distanceKm, nearestKm } from "./distance";

describe("distanceKm", () => {
  it("is zero between a point and itself", () => {
    expect(distanceKm({ latitude: 51.9, longitude: -2.07 }, { latitude: 51.9, longitude: -2.07 })).toBe(0);
  });

  it("measures Cheltenham to Gloucester at about 12 km", () => {
    expect(
      distanceKm({ latitude: 51.896999, longitude: -2.074022 }, { latitude: 51.8552, longitude: -2.2381 }),
    ).toBeCloseTo(12.1, 0);
  });

  it("measures London to Edinburgh at about 534 km, the same both ways", () => {
    const there = distanceKm({ latitude: 51.5074, longitude: -0.1278 }, { latitude: 55.9533, longitude: -3.1883 });
    expect(there).toBeGreaterThan(525);
    expect(there).toBeLessThan(540);
    expect(
      distanceKm({ latitude: 55.9533, longitude: -3.1883 }, { latitude: 51.5074, longitude: -0.1278 }),
    ).toBeCloseTo(there, 9);
  });
});

describe("nearestKm", () => {
  const cheltenham = { latitude: 51.896999, longitude: -2.074022 };
  const gloucester = { latitude: 51.8552, longitude: -2.2381 };
  const edinburgh = { latitude: 55.9533, longitude: -3.1883 };

  it("is the distance to the nearest place with a point, to one decimal", () => {
    const km = nearestKm(cheltenham, [edinburgh, { latitude: null, longitude: null }, gloucester]);
    expect(km).toBe(Math.round(distanceKm(cheltenham, gloucester) * 10) / 10);
    expect(String(km)).toMatch(/^\d+(\.\d)?$/);
  });

  it("is null when no place has a point", () => {
    expect(nearestKm(cheltenham, [])).toBeNull();
    expect(nearestKm(cheltenham, [{ latitude: null, longitude: null }, {}])).toBeNull();
  });
});
