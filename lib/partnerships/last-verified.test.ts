import { describe, expect, it } from "vitest";
import { lastVerifiedDate, lastVerifiedText } from "./last-verified";

describe("lastVerifiedText", () => {
  it("writes the date only as precisely as it is known", () => {
    expect(lastVerifiedText("2020-02-01", "month")).toBe("2020-02");
    expect(lastVerifiedText(new Date("2021-06-18T00:00:00Z"), "day")).toBe("2021-06-18");
    expect(lastVerifiedText("2011-01-01", "year")).toBe("2011");
  });
});

describe("lastVerifiedDate", () => {
  it("reads each precision back as the date it stands for", () => {
    expect(lastVerifiedDate("2020")).toEqual({ date: "2020-01-01", precision: "year" });
    expect(lastVerifiedDate("2020-02")).toEqual({ date: "2020-02-01", precision: "month" });
    expect(lastVerifiedDate("2021-06-18")).toEqual({ date: "2021-06-18", precision: "day" });
  });

  it("is the inverse of lastVerifiedText", () => {
    for (const text of ["1999", "2020-12", "2024-02-29"]) {
      const { date, precision } = lastVerifiedDate(text);
      expect(lastVerifiedText(date, precision)).toBe(text);
    }
  });
});
