import { describe, expect, it } from "vitest";
import { isPossiblyOutOfDate } from "./freshness";

const now = new Date("2026-06-15T12:00:00Z");

describe("isPossiblyOutOfDate", () => {
  it("flags entries never verified", () => {
    expect(isPossiblyOutOfDate(null, now)).toBe(true);
  });

  it("flags entries verified more than 18 months ago", () => {
    expect(isPossiblyOutOfDate("2024-12-14", now)).toBe(true);
    expect(isPossiblyOutOfDate("2024-12-15", now)).toBe(false);
    expect(isPossiblyOutOfDate(new Date("2026-01-01"), now)).toBe(false);
  });

  it("reads partial dates as the end of the period they name", () => {
    expect(isPossiblyOutOfDate("2024-12", now)).toBe(false);
    expect(isPossiblyOutOfDate("2024-11", now)).toBe(true);
    expect(isPossiblyOutOfDate("2024", now)).toBe(false);
    expect(isPossiblyOutOfDate("2023", now)).toBe(true);
  });
});
