import { describe, expect, it } from "vitest";
import { formatMemberDates, memberDatesOf, parseMemberDates, readMemberDates, readMemberNote } from "./member-dates";

const members = [
  { ref: "E07000078", names: ["Cheltenham", "Cheltenham Borough Council"] },
  { ref: "E07000081", names: ["Gloucester"] },
  { ref: "E07000082", names: ["Stroud"] },
  { ref: "E06000027", names: ["Torbay"] },
  { ref: "E06000026", names: ["Plymouth"] },
  { ref: "E07000085", names: ["East Hampshire"] },
  { ref: "E07000090", names: ["Havant"] },
  { ref: "E07000211", names: ["Reigate and Banstead"] },
  { ref: "E10000025", names: ["Oxfordshire County Council", "Oxfordshire"] },
  { ref: "E09000028", names: ["Southwark"] },
  { ref: "new-anglia-lep", names: ["New Anglia LEP"] },
];

/** The dates read from the text, as the seed column writes them. */
const read = (...texts: string[]) => {
  const { dates, unread } = readMemberDates(texts, members);
  return { dates: formatMemberDates(dates), unread };
};

describe("readMemberDates, on the sources' own phrases", () => {
  it("reads 'X joined in YEAR and Y in MONTH YEAR'", () => {
    expect(
      read("Torbay joined in 2017 and Plymouth in April 2021, giving one jointly commissioned service").dates,
    ).toBe("E06000027 joined 2017; E06000026 joined 2021-04");
  });

  it("reads 'joined by X (YEAR) and Y (YEAR)' and 'joined by X in MONTH YEAR'", () => {
    expect(read("started with Cheltenham in 2009 and joined by Gloucester (2015) and Stroud (2020)").dates).toBe(
      "E07000081 joined 2015; E07000082 joined 2020",
    );
    expect(read("formed with Lewisham in April 2016 and joined by Southwark in November 2017").dates).toBe(
      "E09000028 joined 2017-11",
    );
  });

  it("reads withdrawals, a bracketed start and a day, keeping the more precise of two agreeing dates", () => {
    expect(read("East Hampshire withdrew in 2022").dates).toBe("E07000085 left 2022");
    expect(read("includes Hampshire police and fire, Oxfordshire County Council (from July 2015)").dates).toBe(
      "E10000025 joined 2015-07",
    );
    expect(
      read("Reigate and Banstead joined from April 2019 as a key stakeholder", "Reigate & Banstead joined 1 Apr 2019")
        .dates,
    ).toBe("E07000211 joined 2019-04-01");
    expect(read("New Anglia LEP withdrew in 2023").dates).toBe("new-anglia-lep left 2023");
  });

  it("reports what it cannot read rather than guessing", () => {
    // No date, a financial year, a member it cannot name, a shared subject, disagreeing sources.
    for (const text of [
      "Ashford was a founding member but withdrew from the wider partnership",
      "East Dunbartonshire joined in 2018/19",
      "after the joint chief executive left in 2012 services began to be repatriated",
      "West Dorset and Havant joined April 2013",
    ]) {
      const result = read(text);
      expect(result.dates).toBe("");
      expect(result.unread).toHaveLength(1);
    }
    const conflict = read("Stroud joined in 2015", "Stroud joined in 2016");
    expect(conflict.dates).toBe("");
    expect(conflict.unread).toEqual(["E07000082: the sources give different dates for when it joined"]);
  });

  it("does not take a reorganisation for a join", () => {
    expect(read("Christchurch joined BCP Council and East Dorset joined Dorset Council in 2019").dates).toBe("");
  });
});

describe("readMemberNote", () => {
  it("reads a partner's note that is only a date", () => {
    expect(readMemberNote("from Feb 2018")).toEqual({
      event: "joined",
      date: { date: "2018-02-01", precision: "month" },
    });
    expect(readMemberNote("until 2023")).toEqual({ event: "left", date: { date: "2023-01-01", precision: "year" } });
    expect(readMemberNote("manager from 2014")).toBeNull();
  });
});

describe("the member_dates column", () => {
  it("round-trips and serves partial dates", () => {
    const parsed = parseMemberDates("E07000078 joined 2015; E07000079 left 2019-03");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(formatMemberDates(parsed.value)).toBe("E07000078 joined 2015; E07000079 left 2019-03");
    expect(memberDatesOf(parsed.value, "E07000079")).toEqual({ joined: null, left: "2019-03" });
  });

  it("refuses what is not a date, a repeat, or a departure before the join", () => {
    expect(parseMemberDates("E07000078 joined 2015-13")).toMatchObject({ ok: false });
    expect(parseMemberDates("E07000078 arrived 2015")).toMatchObject({ ok: false });
    expect(parseMemberDates("E07000078 joined 2015; E07000078 joined 2016")).toMatchObject({ ok: false });
    expect(parseMemberDates("E07000078 joined 2015; E07000078 left 2014")).toMatchObject({
      ok: false,
      message: "E07000078 left before it joined",
    });
  });
});
