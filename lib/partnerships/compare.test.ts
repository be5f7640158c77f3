import { describe, expect, it } from "vitest";
import { comparisonCsv, comparisonRows, compareSlugs } from "./compare";
import type { PartnershipDetail } from "./types";

const slugs = (query: string) => compareSlugs(new URLSearchParams(query));

describe("compareSlugs", () => {
  it("takes two to four slugs, repeated or comma-separated, each once", () => {
    expect(slugs("slug=a&slug=b")).toEqual({ ok: true, slugs: ["a", "b"] });
    expect(slugs("slug=a,b&slug=c&slug=A")).toEqual({ ok: true, slugs: ["a", "b", "c"] });
  });

  it("says what is wrong with too few, too many or unknown parameters", () => {
    expect(slugs("slug=a")).toMatchObject({ ok: false, message: expect.stringContaining("two to four") });
    expect(slugs("")).toMatchObject({ ok: false, message: "Choose two to four partnerships to compare" });
    expect(slugs("slug=a&slug=b&slug=c&slug=d&slug=e")).toMatchObject({
      ok: false,
      message: "You chose 5 partnerships: compare at most 4 at a time",
    });
    expect(slugs("slug=a&slug=b&service=housing")).toMatchObject({
      ok: false,
      message: expect.stringContaining("service"),
    });
  });
});

const partnership = (slug: string, overrides: Partial<PartnershipDetail> = {}): PartnershipDetail => ({
  slug,
  name: `Name of ${slug}`,
  summary: "A summary, with a comma.",
  modelType: { slug: "shared-service", label: "Shared service" },
  status: "active",
  startYear: 2010,
  endYear: null,
  serviceAreas: [{ slug: "legal-democratic", label: "Legal & democratic" }],
  members: [
    {
      gss: "E07000078",
      slug: "e07000078",
      name: "Cheltenham",
      kind: "council",
      role: "lead",
      note: null,
      joined: null,
      left: null,
      abolished: false,
      homepageUrl: "https://www.cheltenham.gov.uk",
    },
  ],
  savings: [],
  annualisedSavingsGbp: null,
  sources: [{ url: "https://example.org/report", title: null }],
  contact: null,
  lineage: { predecessors: [], successors: [], partOf: [], parts: [] },
  sourceNotes: null,
  lastVerified: null,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  ...overrides,
});

describe("comparisonRows and comparisonCsv", () => {
  const compared = [
    partnership("a"),
    partnership("b", {
      savings: [
        {
          amountGbp: 1_200_000,
          basis: "cumulative",
          periodYears: 4,
          annualisedGbp: 300_000,
          note: null,
          sourceUrl: null,
          creditedTo: [],
          reportedYear: null,
        },
      ],
    }),
  ];

  it("has a column per partnership in every row, and writes savings with their basis, never as £0", () => {
    const rows = comparisonRows(compared);
    for (const row of rows) expect(row.cells).toHaveLength(2);
    const cell = (key: string, index: number) => rows.find((r) => r.key === key)!.cells[index]!.map((l) => l.text);
    expect(cell("savings", 0)).toEqual(["Not reported"]);
    expect(cell("savings", 1)[0]).toBe("£300k a year, achieved (cumulative figure)");
    expect(cell("claims", 1)[0]).toContain(
      "£1.2m cumulative (over 4 years), achieved, the whole partnership's saving; £300k a year (estimate)",
    );
    expect(cell("members", 0)).toEqual(["Cheltenham — lead (host)"]);
  });

  it("writes the same rows as CSV, slugs across the top", () => {
    const lines = comparisonCsv(compared).split("\r\n");
    expect(lines[0]).toBe(",a,b");
    expect(lines).toContain('Summary,"A summary, with a comma.","A summary, with a comma."');
    expect(lines.find((line) => line.startsWith("Savings a year"))).toBe(
      'Savings a year,Not reported,"£300k a year, achieved (cumulative figure)"',
    );
  });
});
