import { describe, expect, it } from "vitest";
import { canonicalJson, partnershipSnapshot, sameSnapshot, type SnapshotInput } from "./snapshot";

const xentrall: SnapshotInput = {
  slug: "xentrall",
  name: "Xentrall Shared Services",
  summary: "Stockton-on-Tees hosts a joint back-office service for itself and Darlington.",
  modelType: "lead-authority-arrangement",
  status: "active",
  startYear: 2008,
  endYear: null,
  serviceAreas: ["other", "ict-digital", "hr-payroll", "finance-revenues-benefits"],
  members: [
    { gss: "E06000004", slug: "e06000004", name: "Stockton-on-Tees", role: "lead", note: null },
    { gss: "E06000005", slug: "e06000005", name: "Darlington", role: "member", note: null },
  ],
  savings: [
    { amountGbp: 17_200_000, basis: "cumulative", periodYears: 12, note: "over 12 years to 2020", sourceUrl: null },
  ],
  sources: [{ url: "https://democracy.darlington.gov.uk/ieDecisionDetails.aspx?AIId=3851", title: null }],
  sourceNotes: null,
  contactEmail: null,
  contactUrl: null,
  lastVerified: { date: "2020-01-01", precision: "year" },
};

describe("partnershipSnapshot", () => {
  it("gives the entry in one stable shape", () => {
    expect(partnershipSnapshot(xentrall)).toEqual({
      slug: "xentrall",
      name: "Xentrall Shared Services",
      summary: xentrall.summary,
      modelType: "lead-authority-arrangement",
      status: "active",
      years: { start: 2008, end: null },
      serviceAreas: ["ict-digital", "finance-revenues-benefits", "hr-payroll", "other"],
      members: xentrall.members,
      savings: xentrall.savings.map((claim) => ({ ...claim, creditedTo: [], reportedYear: null })),
      sources: xentrall.sources,
      sourceNotes: null,
      contact: { email: null, url: null },
      lastVerified: "2020",
    });
  });

  it("does not depend on the order service areas were read in, or on extra fields", () => {
    const reordered = {
      ...xentrall,
      serviceAreas: [...xentrall.serviceAreas].reverse(),
      members: xentrall.members.map((member) => ({ ...member, kind: "council" })),
      savings: xentrall.savings.map((claim) => ({ ...claim, annualisedGbp: 1_433_333 })),
    };
    expect(sameSnapshot(partnershipSnapshot(reordered), partnershipSnapshot(xentrall))).toBe(true);
  });

  it("changes when the entry does", () => {
    const changed = { ...xentrall, members: [...xentrall.members].reverse() };
    expect(sameSnapshot(partnershipSnapshot(changed), partnershipSnapshot(xentrall))).toBe(false);
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
});
