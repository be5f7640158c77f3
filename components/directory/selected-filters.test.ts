import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, parseParams, type PartnershipFilter } from "@/lib/filters/schema";
import { facetLabels, type FilterLabels } from "@/lib/filters/labels";
import { directoryHref } from "@/lib/filters/urls";
import { countSelected, selectedFilterGroups } from "./selected-filters";

const labels: FilterLabels = {
  facets: facetLabels({ service: [{ value: "waste-environment", label: "Waste & environment", count: 1 }] }),
  councils: new Map([
    ["E07000078", "Cheltenham"],
    ["E07000079", "Cotswold"],
  ]),
};

const filterOf = (query: string): PartnershipFilter => parseParams(new URLSearchParams(query)).filter;

describe("selectedFilterGroups", () => {
  it("gives one tag per value, each linking to the URL without that value", () => {
    const filter = filterOf("service=waste-environment&service=legal-democratic&region=south-west");
    const groups = selectedFilterGroups(filter, {}, labels);
    expect(groups.map((g) => g.heading)).toEqual(["Service area", "Region"]);
    expect(groups[0]!.tags).toEqual([
      { key: "waste-environment", label: "Waste & environment", href: "/?service=legal-democratic&region=south-west" },
      {
        key: "legal-democratic",
        label: "Legal democratic",
        href: "/?service=waste-environment&region=south-west",
      },
    ]);
    expect(groups[1]!.tags[0]!.href).toBe("/?service=waste-environment&service=legal-democratic");
  });

  it("links the last filter's tag to the bare directory", () => {
    const [group] = selectedFilterGroups(filterOf("status=active"), {}, labels);
    expect(group!.tags[0]!.href).toBe("/");
  });

  it("keeps the sort and page size but goes back to the first page", () => {
    const filter = filterOf("status=active&status=ended");
    const [group] = selectedFilterGroups(filter, { sort: "savings", page: 4, pageSize: 50 }, labels);
    expect(group!.tags[0]!.href).toBe("/?status=ended&sort=savings&pageSize=50");
  });

  it("names councils, and removes a distance together with its council", () => {
    const filter = filterOf("council=E07000078&council=E09999999&near=E07000079&withinKm=25&q=legal");
    const groups = selectedFilterGroups(filter, {}, labels);
    expect(groups.map((g) => g.heading)).toEqual(["Search", "Council", "Near a council"]);
    expect(groups[1]!.tags.map((t) => t.label)).toEqual(["Cheltenham", "E09999999"]);
    expect(groups[2]!.tags).toEqual([
      {
        key: "near",
        label: "Within 25 km of Cotswold",
        href: "/?q=legal&council=E07000078&council=E09999999",
      },
    ]);
    expect(groups[0]!.tags[0]).toMatchObject({ label: "“legal”" });
    expect(groups[0]!.tags[0]!.href).not.toContain("q=");
  });

  it("groups savings and start years, in words", () => {
    const filter = filterOf("hasSavings=true&savingsMin=100000&savingsMax=2500000&startFrom=2010&startTo=2015");
    const groups = selectedFilterGroups(filter, {}, labels);
    expect(groups.map((g) => [g.heading, g.tags.map((t) => t.label)])).toEqual([
      ["Savings", ["Reports savings", "At least £100,000 a year", "At most £2,500,000 a year"]],
      ["Start year", ["From 2010", "To 2015"]],
    ]);
    expect(groups[0]!.tags[1]!.href).toBe("/?savingsMax=2500000&hasSavings=true&startFrom=2010&startTo=2015");
    expect(countSelected(groups)).toBe(5);
  });

  it("has nothing to show for no filter", () => {
    expect(selectedFilterGroups(EMPTY_FILTER, { sort: "newest" }, labels)).toEqual([]);
    expect(directoryHref(EMPTY_FILTER)).toBe("/");
  });
});
