import { describe, expect, it } from "vitest";
import { CHECK_DUE_YEARS, checkDueCutoff, latestCheckDay, mayBeOutOfDate } from "./freshness";

const now = new Date("2026-06-15T12:00:00Z");
const active = (lastVerified: string | Date | null) => mayBeOutOfDate({ status: "active", lastVerified }, now);

describe("mayBeOutOfDate", () => {
  it(`marks active entries not checked for ${CHECK_DUE_YEARS} years, or never`, () => {
    expect(active(null)).toBe(true);
    expect(active("2023-06-14")).toBe(true);
    expect(active("2023-06-15")).toBe(false);
    expect(active(new Date("2026-01-01"))).toBe(false);
  });

  it("reads partial dates as the end of the period they name", () => {
    expect(active("2023-06")).toBe(false);
    expect(active("2023-05")).toBe(true);
    expect(active("2023")).toBe(false);
    expect(active("2022")).toBe(true);
  });

  it("never marks an ended, planned or unknown entry, however old its check", () => {
    for (const status of ["ended", "planned", "unknown"] as const) {
      expect(mayBeOutOfDate({ status, lastVerified: null }, now)).toBe(false);
      expect(mayBeOutOfDate({ status, lastVerified: "2010" }, now)).toBe(false);
    }
  });
});

describe("latestCheckDay and checkDueCutoff", () => {
  it("give the last day of a year or month, and the cut-off years before now", () => {
    expect(latestCheckDay("2024")?.toISOString().slice(0, 10)).toBe("2024-12-31");
    expect(latestCheckDay("2024-02")?.toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(latestCheckDay("2024-02-03")?.toISOString().slice(0, 10)).toBe("2024-02-03");
    expect(latestCheckDay("soon")).toBeNull();
    expect(checkDueCutoff(now).toISOString().slice(0, 10)).toBe(`${2026 - CHECK_DUE_YEARS}-06-15`);
  });
});
