import { describe, expect, it } from "vitest";
import { linearScale, niceStep } from "./scale";

describe("niceStep", () => {
  it("is 1, 2 or 5 times a power of ten, never below 1", () => {
    expect(niceStep(51, 4)).toBe(20);
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(3, 5)).toBe(1);
    expect(niceStep(2_400, 4)).toBe(1_000);
    expect(niceStep(0, 4)).toBe(1);
  });
});

describe("linearScale", () => {
  it("ends on the first tick at or above the largest value and maps onto the length", () => {
    const scale = linearScale(51, 100, 4);
    expect(scale.max).toBe(60);
    expect(scale.ticks).toEqual([0, 20, 40, 60]);
    expect(scale(30)).toBe(50);
    expect(scale(60)).toBe(100);
  });

  it("clamps values outside the domain", () => {
    const scale = linearScale(10, 200);
    expect(scale(-5)).toBe(0);
    expect(scale(1_000)).toBe(200);
  });

  it("has a domain of at least one step when every value is zero", () => {
    const scale = linearScale(0, 100);
    expect(scale.max).toBe(1);
    expect(scale(0)).toBe(0);
    expect(scale.ticks).toEqual([0, 1]);
  });
});
