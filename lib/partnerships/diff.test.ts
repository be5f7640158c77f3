import { describe, expect, it } from "vitest";
import { partnershipSnapshot, type SnapshotInput } from "@/lib/partnerships/snapshot";
import { describeValue, diffSnapshots } from "./diff";

const base: SnapshotInput = {
  slug: "x",
  name: "X Partnership",
  summary: "Shares things.",
  modelType: "shared-service",
  status: "active",
  startYear: 2010,
  endYear: null,
  serviceAreas: ["legal-democratic"],
  members: [
    { gss: "E06000004", slug: "e06000004", name: "Stockton-on-Tees", role: "lead", note: null },
    { gss: "E06000005", slug: "e06000005", name: "Darlington", role: "member", note: null },
  ],
  savings: [],
  sources: [{ url: "https://example.gov.uk/a", title: null }],
  sourceNotes: null,
  contactEmail: null,
  contactUrl: null,
  lastVerified: null,
};

describe("diffSnapshots", () => {
  it("lists only the fields that changed, with before and after", () => {
    const before = partnershipSnapshot(base);
    const after = partnershipSnapshot({ ...base, name: "Y Partnership", status: "ended", endYear: 2020 });
    expect(diffSnapshots(before, after).map((c) => [c.field, c.before, c.after])).toEqual([
      ["name", "X Partnership", "Y Partnership"],
      ["status", "active", "ended"],
      ["years", { start: 2010, end: null }, { start: 2010, end: 2020 }],
    ]);
  });

  it("treats a new entry as a change to every field with a value", () => {
    const fields = diffSnapshots(null, partnershipSnapshot(base)).map((c) => c.field);
    expect(fields).toEqual(["name", "summary", "modelType", "status", "years", "serviceAreas", "members", "sources"]);
  });

  it("finds no change between equal snapshots", () => {
    expect(diffSnapshots(partnershipSnapshot(base), partnershipSnapshot({ ...base }))).toEqual([]);
  });

  it("describes members and savings in words", () => {
    expect(describeValue("members", partnershipSnapshot(base).members)).toEqual([
      "Stockton-on-Tees (E06000004) [lead]",
      "Darlington (E06000005)",
    ]);
    expect(
      describeValue("savings", [
        { amountGbp: 1500000, basis: "cumulative", periodYears: 3, note: null, sourceUrl: null },
      ]),
    ).toEqual(["£1,500,000 cumulative, over 3 years"]);
  });
});
