import { describe, expect, it } from "vitest";
import { SERVICE_AREA_SLUGS } from "@/lib/vocabulary";
import { facetLabels, labelFromSlug } from "@/lib/filters/labels";
import { facetOptions, splitLongGroup } from "./facet-options";

describe("facetOptions", () => {
  const labels = facetLabels({
    service: [
      { value: "waste-environment", label: "Waste & environment", count: 12 },
      { value: "legal-democratic", label: "Legal & democratic", count: 3 },
    ],
  });

  it("lists every value in the vocabulary's order, whatever order the counts come in", () => {
    const options = facetOptions(
      "service",
      [
        { value: "waste-environment", label: "Waste & environment", count: 12 },
        { value: "legal-democratic", label: "Legal & democratic", count: 3 },
      ],
      [],
      labels.service,
    );
    expect(options.map((o) => o.value)).toEqual([...SERVICE_AREA_SLUGS]);
    expect(options.find((o) => o.value === "legal-democratic")).toEqual({
      value: "legal-democratic",
      label: "Legal & democratic",
      count: 3,
      selected: false,
    });
  });

  it("counts a value the search did not mention as 0 and marks the selected ones", () => {
    const options = facetOptions(
      "status",
      [{ value: "active", label: "Active", count: 5 }],
      ["ended"],
      facetLabels({}).status,
    );
    expect(options).toEqual([
      { value: "active", label: "Active", count: 5, selected: false },
      { value: "ended", label: "Ended", count: 0, selected: true },
      { value: "planned", label: "Planned", count: 0, selected: false },
      { value: "unknown", label: "Not known", count: 0, selected: false },
    ]);
  });

  it("labels regions and council types without the database, and anything else from its slug", () => {
    const fixed = facetLabels({});
    expect(fixed.region.get("south-west")).toBe("South West");
    expect(fixed.councilType.get("london-borough")).toBe("London borough");
    expect(fixed.service.get("hr-payroll")).toBe("Hr payroll");
    expect(labelFromSlug("legal-democratic")).toBe("Legal democratic");
  });
});

describe("splitLongGroup", () => {
  const options = (n: number, selected: number[] = []) =>
    Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: `V${i}`, count: i, selected: selected.includes(i) }));

  it("shows a short group whole", () => {
    expect(splitLongGroup(options(8), 6)).toEqual({ shown: options(8), more: [], open: false });
  });

  it("puts the rest of a long group behind 'show more', opened when a hidden option is selected", () => {
    const closed = splitLongGroup(options(19), 6);
    expect(closed.shown).toHaveLength(6);
    expect(closed.more).toHaveLength(13);
    expect(closed.open).toBe(false);
    expect(splitLongGroup(options(19, [2]), 6).open).toBe(false);
    expect(splitLongGroup(options(19, [15]), 6).open).toBe(true);
  });
});
