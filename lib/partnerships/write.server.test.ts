import { describe, expect, it } from "vitest";
import { annualisedSavings, partnershipAnnualisedSavings } from "@/lib/savings";
import { childRows, columnsOf, ENTRY_TABLES, partnershipRow, type PartnershipEntry } from "./write.server";

const entry: PartnershipEntry = {
  slug: "test-partnership",
  name: "Test partnership",
  summary: "Two councils share a legal team.",
  modelType: "shared-service",
  status: "active",
  startYear: 2012,
  endYear: null,
  serviceAreas: ["legal-democratic", "hr-payroll", "legal-democratic"],
  members: [
    { slug: "e07000078", role: "lead", note: null },
    { slug: "norse-group", role: "provider", note: "from 2018", partner: { name: "Norse Group" } },
  ],
  savings: [
    { amountGbp: 1_200_000, basis: "cumulative", periodYears: 4, note: null, sourceUrl: null },
    { amountGbp: 250_000, basis: "annual", periodYears: null, note: "a year", sourceUrl: "https://example.org/a" },
  ],
  sources: [{ url: "https://example.org/a" }, { url: "https://example.org/b", title: "Cabinet report" }],
  sourceNotes: null,
  contactEmail: "shared@example.gov.uk",
  contactUrl: null,
  lastVerified: { date: "2024-03-01", precision: "month" },
};

const ids = {
  modelTypes: new Map([["shared-service", 1]]),
  serviceAreas: new Map([
    ["hr-payroll", 4],
    ["legal-democratic", 5],
  ]),
  organisations: new Map([
    ["e07000078", 100],
    ["norse-group", 200],
  ]),
};

describe("the rows an entry is stored as", () => {
  it("has one value for every column of the partnership, its estimate by lib/savings", () => {
    const row = partnershipRow(entry, ids);
    expect(Object.keys(row)).toEqual(columnsOf("partnership"));
    expect(row).toMatchObject({
      model_type_id: 1,
      last_verified_on: "2024-03-01",
      last_verified_precision: "month",
      annualised_savings_gbp: partnershipAnnualisedSavings(entry.savings),
    });
  });

  it("numbers members, claims and sources by position, each service area once", () => {
    const rows = childRows(entry, 7, ids);
    for (const table of Object.keys(rows) as (keyof typeof rows)[]) {
      for (const row of rows[table]) expect(Object.keys(row)).toEqual(Object.keys(ENTRY_TABLES[table]));
    }
    expect(rows.membership.map((m) => [m.organisation_id, m.role, m.position])).toEqual([
      [100, "lead", 0],
      [200, "provider", 1],
    ]);
    expect(rows.partnership_service_area.map((a) => a.service_area_id)).toEqual([5, 4]);
    expect(rows.savings_claim.map((c) => c.annualised_gbp)).toEqual(entry.savings.map(annualisedSavings));
    expect(rows.source).toEqual([
      { partnership_id: 7, url: "https://example.org/a", title: null, position: 0 },
      { partnership_id: 7, url: "https://example.org/b", title: "Cabinet report", position: 1 },
    ]);
  });

  it("refuses a reference the database does not hold", () => {
    expect(() => childRows({ ...entry, serviceAreas: ["bins"] }, 7, ids)).toThrow(/service area bins/);
    expect(() => partnershipRow({ ...entry, modelType: "guild" }, ids)).toThrow(/model type guild/);
  });
});
