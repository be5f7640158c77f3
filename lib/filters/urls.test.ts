import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, parseParams } from "./schema";
import {
  directoryHref,
  directoryReturnHref,
  directoryUrl,
  downloadHref,
  fromDirectory,
  isEmptyFilter,
  mapHref,
  toSearchParams,
} from "./urls";

const filterOf = (query: string) => parseParams(new URLSearchParams(query)).filter;

describe("toSearchParams", () => {
  it("writes a filter in the registry's order, without defaults", () => {
    const filter = filterOf("region=london&service=housing&q=ict&near=E07000078");
    expect(toSearchParams(filter).toString()).toBe("q=ict&service=housing&region=london&near=E07000078&withinKm=50");
    // Near a council, nearest first is the default order; elsewhere a search's is best match.
    expect(toSearchParams(filter, { sort: "distance", page: 1, pageSize: 20 }).toString()).toBe(
      "q=ict&service=housing&region=london&near=E07000078&withinKm=50",
    );
    expect(toSearchParams(filter, { sort: "relevance" }).toString()).toBe(
      "q=ict&service=housing&region=london&near=E07000078&withinKm=50&sort=relevance",
    );
    expect(toSearchParams(filterOf("q=ict"), { sort: "relevance" }).toString()).toBe("q=ict");
    expect(toSearchParams(filter, { sort: "name", page: 2, pageSize: 50 }).toString()).toBe(
      "q=ict&service=housing&region=london&near=E07000078&withinKm=50&sort=name&page=2&pageSize=50",
    );
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(isEmptyFilter(filter)).toBe(false);
  });
});

describe("the directory's links", () => {
  it("lists a filter on the directory, the bare directory for none", () => {
    expect(directoryUrl(new URLSearchParams())).toBe("/");
    expect(directoryHref({})).toBe("/");
    expect(directoryHref({ council: ["E07000078"] })).toBe("/?council=E07000078");
    expect(directoryHref(filterOf("status=active"), { sort: "savings", page: 3 })).toBe(
      "/?status=active&sort=savings&page=3",
    );
  });

  it("maps a filter, with the map's own view after the hash", () => {
    expect(mapHref()).toBe("/map");
    expect(mapHref({ council: ["E07000078"] })).toBe("/map?council=E07000078");
    expect(mapHref({}, "#partnership=xentrall")).toBe("/map#partnership=xentrall");
  });

  it("downloads every match of a filter: no paging, the format's own options added", () => {
    expect(downloadHref("/api/partnerships.csv", "?service=housing&page=2&pageSize=50", { format: "excel" })).toBe(
      "/api/partnerships.csv?service=housing&format=excel",
    );
    expect(downloadHref("/api/partnerships.json", "")).toBe("/api/partnerships.json");
  });
});

describe("fromDirectory and directoryReturnHref", () => {
  it("carry the list's filters, sort and page to a partnership and back", () => {
    const list = "service=waste-environment&region=south-west&sort=savings&page=2";
    const href = fromDirectory("/partnerships/xentrall", list);
    expect(href).toBe(`/partnerships/xentrall?from=${encodeURIComponent(list)}`);
    const from = new URL(href, "http://localhost").searchParams.get("from")!;
    expect(directoryReturnHref(from)).toBe(`/?${list}`);
  });

  it("leave an unfiltered list's links plain", () => {
    expect(fromDirectory("/partnerships/xentrall", "")).toBe("/partnerships/xentrall");
    expect(directoryReturnHref(undefined)).toBe("/");
    expect(directoryReturnHref(["q=a", "q=b"])).toBe("/");
  });

  it("always lead back to the directory, whatever `from` holds", () => {
    for (const from of ["//evil.example/", "https://evil.example/?q=x", "/\\evil.example", "javascript:alert(1)"]) {
      expect(directoryReturnHref(from), from).toMatch(/^\/(\?|$)/);
    }
    // Parameters that are not the filter's are dropped; bad values are left out.
    expect(directoryReturnHref("next=https://evil.example&q=waste&savingsMin=lots")).toBe("/?q=waste");
  });
});
