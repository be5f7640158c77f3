import { describe, expect, it } from "vitest";
import { SAVINGS_BASES, SAVINGS_BASIS_LABELS } from "./partnerships";

describe("savings bases", () => {
  it("are one list of slugs with their labels", () => {
    expect(SAVINGS_BASES.map((basis) => basis.slug)).toEqual([
      "annual",
      "cumulative",
      "projected-total",
      "projected-annual",
    ]);
    expect(SAVINGS_BASIS_LABELS["projected-total"]).toBe("Projected total");
  });
});
