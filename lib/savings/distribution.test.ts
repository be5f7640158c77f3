import { describe, expect, it } from "vitest";
import type { SavingsClaim } from "./annualise";
import { SAVINGS_BANDS, savingsBand, savingsDistribution } from "./distribution";

const annual = (amountGbp: number): SavingsClaim => ({ amountGbp, basis: "annual", periodYears: null });
const projected = (amountGbp: number): SavingsClaim => ({ amountGbp, basis: "projected-annual", periodYears: null });

describe("savingsBand", () => {
  it("puts each amount in the band from its lower bound", () => {
    expect(savingsBand(0)).toBe("under-100k");
    expect(savingsBand(99_999)).toBe("under-100k");
    expect(savingsBand(100_000)).toBe("100k-250k");
    expect(savingsBand(9_999_999)).toBe("5m-10m");
    expect(savingsBand(40_000_000)).toBe("10m-plus");
  });
});

describe("savingsDistribution", () => {
  it("counts each partnership once, achieved and projected apart, and says who reports nothing", () => {
    const distribution = savingsDistribution([
      [annual(150_000), projected(5_000_000)], // achieved wins
      [projected(3_000_000)],
      [{ amountGbp: 1_000_000, basis: "cumulative", periodYears: null }], // no yearly figure
      [],
      [],
    ]);
    const band = (key: string) => distribution.bands.find((b) => b.key === key)!;
    expect(band("100k-250k")).toMatchObject({ achieved: 1, projected: 0 });
    expect(band("2.5m-5m")).toMatchObject({ achieved: 0, projected: 1 });
    expect(distribution).toMatchObject({ achieved: 1, projected: 1, noEstimate: 1, notReported: 2 });
    expect(distribution.bands).toHaveLength(SAVINGS_BANDS.length);
    expect(distribution.medianAchievedGbp).toBe(150_000);
  });

  it("takes the middle of an even count as the mean of the two middle figures", () => {
    expect(savingsDistribution([[annual(100)], [annual(300)]]).medianAchievedGbp).toBe(200);
    expect(savingsDistribution([]).medianProjectedGbp).toBeNull();
  });
});
