import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatDate,
  formatGbp,
  formatGbpExact,
  formatKnownDate,
  formatNameList,
  formatPeriodYears,
  formatSavings,
  formatYearRange,
  hostOf,
  pluralise,
} from "./format";

describe("formatGbp", () => {
  it("writes three significant figures in £k, £m and £bn", () => {
    expect(formatGbp(1_433_333)).toBe("£1.43m");
    expect(formatGbp(80_000)).toBe("£80k");
    expect(formatGbp(17_200_000)).toBe("£17.2m");
    expect(formatGbp(6_000_000)).toBe("£6m");
    expect(formatGbp(173_700_000)).toBe("£174m");
    expect(formatGbp(1_340_000_000)).toBe("£1.34bn");
    expect(formatGbp(14_567)).toBe("£14.6k");
    expect(formatGbp(450_000)).toBe("£450k");
  });

  it("moves to the next unit where rounding reaches it, never '£1000k'", () => {
    expect(formatGbp(999_499)).toBe("£999k");
    expect(formatGbp(999_500)).toBe("£1m");
    expect(formatGbp(999_999_999)).toBe("£1bn");
  });

  it("keeps whole pounds below £10,000", () => {
    expect(formatGbp(0)).toBe("£0");
    expect(formatGbp(950)).toBe("£950");
    expect(formatGbp(9_499.6)).toBe("£9,500");
  });

  it("signs negative figures", () => {
    expect(formatGbp(-1_433_333)).toBe("-£1.43m");
  });
});

describe("formatGbpExact", () => {
  it("writes exact whole pounds with en-GB grouping", () => {
    expect(formatGbpExact(17_200_000)).toBe("£17,200,000");
    expect(formatGbpExact(1_433_333.33)).toBe("£1,433,333");
  });
});

describe("formatSavings", () => {
  it("says 'not reported' for a missing figure, never £0", () => {
    expect(formatSavings(null)).toBe("not reported");
    expect(formatSavings(undefined)).toBe("not reported");
  });

  it("formats a reported figure, including a reported zero", () => {
    expect(formatSavings(1_433_333)).toBe("£1.43m");
    expect(formatSavings(0)).toBe("£0");
  });
});

describe("formatDate", () => {
  it("shows only what the precision allows", () => {
    expect(formatDate("2020-01-01", "year")).toBe("2020");
    expect(formatDate("2024-03-01", "month")).toBe("March 2024");
    expect(formatDate("2024-03-05", "day")).toBe("5 March 2024");
  });

  it("reads Date values in UTC so the day never shifts", () => {
    expect(formatDate(new Date(Date.UTC(2024, 2, 5)), "day")).toBe("5 March 2024");
    expect(formatDate(new Date(Date.UTC(2019, 3, 1)), "month")).toBe("April 2019");
  });

  it("accepts partial dates", () => {
    expect(formatDate("2024-03", "month")).toBe("March 2024");
    expect(formatDate("2020", "year")).toBe("2020");
  });

  it("rejects what is not a date", () => {
    expect(() => formatDate("not a date", "day")).toThrow(RangeError);
  });
});

describe("formatKnownDate", () => {
  it("shows a date as precisely as it is known, to the month at most", () => {
    expect(formatKnownDate("2019")).toBe("2019");
    expect(formatKnownDate("2019-12")).toBe("December 2019");
    expect(formatKnownDate("2025-02-25")).toBe("February 2025");
  });
});

describe("formatYearRange", () => {
  it("writes open, closed and unknown ranges", () => {
    expect(formatYearRange(2008, null)).toBe("2008 to present");
    expect(formatYearRange(2010, 2020)).toBe("2010 to 2020");
    expect(formatYearRange(null, null)).toBe("Start year not known");
    expect(formatYearRange(2015, 2015)).toBe("2015");
  });

  it("does not say 'to present' for an ended partnership", () => {
    expect(formatYearRange(2008, null, { status: "ended" })).toBe("2008 to end year not known");
    expect(formatYearRange(2008, null, { status: "active" })).toBe("2008 to present");
    expect(formatYearRange(2015, null, { status: "unknown" })).toBe("From 2015");
    expect(formatYearRange(2026, null, { status: "planned" })).toBe("Planned from 2026");
  });

  it("keeps a known end year when the start is not known", () => {
    expect(formatYearRange(null, 2020)).toBe("Start year not known to 2020");
  });
});

describe("formatPeriodYears", () => {
  it("writes the period a figure covers", () => {
    expect(formatPeriodYears(12)).toBe("over 12 years");
    expect(formatPeriodYears(8.5)).toBe("over 8.5 years");
    expect(formatPeriodYears(1)).toBe("over 1 year");
    expect(formatPeriodYears(null)).toBe("period not reported");
  });
});

describe("formatNameList", () => {
  it("joins names in en-GB style", () => {
    expect(formatNameList(["Adur"])).toBe("Adur");
    expect(formatNameList(["Adur", "Worthing"])).toBe("Adur and Worthing");
    expect(formatNameList(["A", "B", "C"])).toBe("A, B and C");
    expect(formatNameList([])).toBe("");
  });

  it("abbreviates long lists", () => {
    const names = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];
    expect(formatNameList(names)).toBe("A, B, C, D, E, F and 4 more");
    expect(formatNameList(names.slice(0, 6))).toBe("A, B, C, D, E and F");
  });
});

describe("small helpers", () => {
  it("counts and pluralises", () => {
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(pluralise(1, "partnership")).toBe("1 partnership");
    expect(pluralise(252, "partnership")).toBe("252 partnerships");
  });

  it("names the host of a link", () => {
    expect(hostOf("https://www.southhams.gov.uk/article/4687")).toBe("southhams.gov.uk");
    expect(hostOf("not a url")).toBe("not a url");
  });
});
