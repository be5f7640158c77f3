import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { periodYearsFromNote } from "./period";

type Row = { slug: string; start_year: string; savings_gbp: string; savings_period_note: string };

const rows: Row[] = parse(readFileSync(path.resolve(import.meta.dirname, "../../seed-data/partnerships.csv")), {
  columns: true,
  bom: true,
});
const bySlug = new Map(rows.map((row) => [row.slug, row]));

function periodOf(slug: string): number | null {
  const row = bySlug.get(slug);
  if (!row) throw new Error(`${slug} is not in seed-data/partnerships.csv`);
  return periodYearsFromNote(row.savings_period_note, row.start_year === "" ? null : Number(row.start_year));
}

describe("periodYearsFromNote on the real savings notes", () => {
  it.each([
    ["xentrall", 12], // over 12 years to 2020
    ["adur-worthing", 2], // over the two years to October 2009
    ["worcestershire-hub-shared-service", 8.5], // over the 8.5-year Civica agreement
    ["rother-wealden-environmental-health", 5], // 2012-2017
    ["place-partnership", 10], // gross savings 2015-2025
    ["east-coast-business-rates-assurance", 3], // 2015-2018 (forecast ...)
    ["star-procurement", 4], // from 2014 to September 2018
    ["herefordshire-nhs", 2], // to March 2013 (business case: £11m over 10 years), start 2011
    ["lgss", 1], // to August 2011, start 2010
    ["tri-borough", 6], // estimated savings to March 2017 (Westminster), start 2011
    ["essex-brentwood-joint-ceo", 5], // to early 2012, start 2007
    ["midlands-highway-alliance", 2], // to July 2009, start 2007
    ["east-kent-services", 7], // since 2011, reported Feb 2018
    ["orbis", 11], // since 2015, reported Jan 2026
    ["shared-anti-fraud-service", 4], // since 2015, to Oct 2019
    ["orbis-public-law", 3], // within three years
    ["south-london-waste-partnership", 8], // first eight years of the 2017 contracts
    ["south-norfolk-broadland", 5], // over first five years
    ["switch-hr-payroll", 2], // in first two years (2011)
    ["south-london-legal-partnership", 4], // across four councils over four years
    ["south-east-lincolnshire-councils-partnership", 10], // over ten years from 2021
    ["hambleton-richmondshire", 3], // over three years (reported 2012)
    ["babergh-mid-suffolk", 6], // over six years to c.2017
    ["strata", 10], // over 10 years (2014 business case)
    ["dorset-councils-partnership", 5], // by 2020, start 2015
    ["ayrshire-roads-alliance", 10], // by 2024 (first 10 years), start 2014
    ["onesource", 5], // by 2018/19 -> 2019, start 2014
    ["denbighshire-flintshire-procurement", 5], // rising to £9.2m by year five
  ] as const)("%s covers %s years", (slug, years) => {
    expect(periodOf(slug)).toBe(years);
  });

  it.each([
    "agma-procurement", // "to 2011" with no start year
    "publica-group", // "three years ahead of schedule" is not a period
    "south-worcestershire-revenues-benefits", // "(Nov 2017)" is an aside; nothing else dates it
    "tayside-procurement-consortium", // "since launch" has no year
    "go-shared-services", // "expected when programme launched"
  ])("%s: the note gives no period", (slug) => {
    expect(periodOf(slug)).toBeNull();
  });

  it("reads every note in the data without throwing", () => {
    for (const row of rows.filter((r) => r.savings_gbp !== "")) {
      const years = periodOf(row.slug);
      if (years !== null) expect(years).toBeGreaterThan(0);
    }
  });
});

describe("periodYearsFromNote", () => {
  it("ignores text in parentheses first", () => {
    expect(periodYearsFromNote("to March 2013 (business case: £11m over 10 years)", 2011)).toBe(2);
  });

  it("needs a start year for an end date alone", () => {
    expect(periodYearsFromNote("to March 2013", null)).toBeNull();
    expect(periodYearsFromNote("by 2020", null)).toBeNull();
    expect(periodYearsFromNote("by 2020", 2014)).toBe(6);
  });

  it("gives null when the end is not after the start", () => {
    expect(periodYearsFromNote("to 2011", 2011)).toBeNull();
    expect(periodYearsFromNote("to 2009", 2011)).toBeNull();
    expect(periodYearsFromNote("2017-2012", null)).toBeNull();
  });

  it("reads financial years to the year they end", () => {
    expect(periodYearsFromNote("by 2018/19", 2014)).toBe(5);
    expect(periodYearsFromNote("by 1999/00", 1995)).toBe(5);
  });

  it("accepts en dashes and number words", () => {
    expect(periodYearsFromNote("2015–2025", null)).toBe(10);
    expect(periodYearsFromNote("over the twelve years", null)).toBe(12);
  });

  it("does not take other counted things for years", () => {
    expect(periodYearsFromNote("across four councils", null)).toBeNull();
    expect(periodYearsFromNote("three-county estimate", null)).toBeNull();
    expect(periodYearsFromNote("year-on-year savings reported March 2019", null)).toBeNull();
  });

  it("gives null for an empty or unmatched note", () => {
    expect(periodYearsFromNote("", 2010)).toBeNull();
    expect(periodYearsFromNote("   ", 2010)).toBeNull();
    expect(periodYearsFromNote("expected when programme launched", 2012)).toBeNull();
  });
});
