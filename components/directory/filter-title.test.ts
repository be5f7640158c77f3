import { describe, expect, it } from "vitest";
import { parseParams } from "@/lib/filters/schema";
import { facetLabels, type FilterLabels } from "@/lib/filters/labels";
import { describeFilter, directoryTitle } from "./filter-title";

const labels: FilterLabels = {
  facets: facetLabels({
    service: [
      { value: "waste-environment", label: "Waste & environment", count: 1 },
      { value: "legal-democratic", label: "Legal & democratic", count: 1 },
    ],
    model: [{ value: "shared-management-team", label: "Shared management team", count: 1 }],
  }),
  councils: new Map([["E07000078", "Cheltenham"]]),
};
const filterOf = (query: string) => parseParams(new URLSearchParams(query)).filter;

describe("describeFilter", () => {
  it("says what and where", () => {
    expect(describeFilter(filterOf("service=waste-environment&region=south-west"), labels)).toBe(
      "Waste & environment in South West",
    );
    expect(
      describeFilter(filterOf("service=waste-environment&service=legal-democratic&region=london&nation=wales"), labels),
    ).toBe("Waste & environment or Legal & democratic in London or Wales");
  });

  it("falls back to 'Partnerships' when only qualifiers are set", () => {
    expect(describeFilter(filterOf("council=E07000078&q=legal"), labels)).toBe(
      "Partnerships involving Cheltenham matching “legal”",
    );
    expect(describeFilter(filterOf("near=E07000078&savingsMin=1000&startFrom=2010&startTo=2010"), labels)).toBe(
      "Partnerships within 50 km of Cheltenham saving at least £1,000 a year started in 2010",
    );
  });
});

describe("directoryTitle", () => {
  const base = { labels, total: 12, page: 1, hasProblems: false };

  it("keeps the bare product name for the whole directory", () => {
    expect(directoryTitle({ ...base, filter: filterOf("") })).toBeNull();
    expect(directoryTitle({ ...base, filter: filterOf(""), page: 2 })).toBe("Partnerships, page 2");
  });

  it("counts the partnerships and names the page and any problem", () => {
    const filter = filterOf("service=waste-environment&region=south-west");
    expect(directoryTitle({ ...base, filter })).toBe("Waste & environment in South West – 12 partnerships");
    expect(directoryTitle({ ...base, filter, total: 1, page: 3, hasProblems: true })).toBe(
      "Error: Waste & environment in South West – 1 partnership, page 3",
    );
  });
});
