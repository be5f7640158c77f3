import { describe, expect, it } from "vitest";
import { partnershipCentre, round } from "./centre";

describe("partnershipCentre", () => {
  it("is the mean of the members' points", () => {
    expect(
      partnershipCentre([
        { latitude: 51, longitude: -3 },
        { latitude: 52, longitude: -2 },
        { latitude: 53, longitude: -1 },
      ]),
    ).toEqual({ latitude: 52, longitude: -2 });
  });

  it("skips members without a point", () => {
    expect(partnershipCentre([{ latitude: 50, longitude: 0 }, null, { latitude: undefined, longitude: 1 }])).toEqual({
      latitude: 50,
      longitude: 0,
    });
  });

  it("has no centre when no member has a point", () => {
    expect(partnershipCentre([])).toBeNull();
    expect(partnershipCentre([null, { latitude: Number.NaN, longitude: 1 }])).toBeNull();
  });

  it("rounds to about a metre", () => {
    expect(partnershipCentre([{ latitude: 51.1234567, longitude: -0.0000049 }])).toEqual({
      latitude: 51.12346,
      longitude: -0,
    });
    expect(round(1.23456789, 2)).toBe(1.23);
  });
});
