import { describe, expect, it } from "vitest";
import { parseParams } from "@/lib/filters/schema";
import { formatMapHash, parseMapHash } from "./view-state";

describe("map hash", () => {
  it("round-trips view, selection and colouring", () => {
    const state = {
      view: { zoom: 8, latitude: 51.1, longitude: -2.9 },
      selected: "somerset-waste-partnership",
      mode: "count" as const,
    };
    const hash = formatMapHash(state);
    expect(hash).toBe("#map=8/51.100/-2.900&partnership=somerset-waste-partnership&colour=count");
    expect(parseMapHash(hash)).toEqual(state);
  });

  it("leaves defaults out", () => {
    expect(formatMapHash({ view: null, selected: null, mode: "partnerships" })).toBe("");
  });

  it("ignores malformed parts instead of failing", () => {
    expect(parseMapHash("#map=99/1/2&partnership=<script>&colour=rainbow")).toEqual({
      view: null,
      selected: null,
      mode: "partnerships",
    });
    expect(parseMapHash("#map=6/abc/1").view).toBeNull();
    expect(parseMapHash("").view).toBeNull();
  });

  it("is never seen by the filter schema", () => {
    const url = new URL("http://localhost/map?service=waste-environment#map=7/52.000/-1.000");
    expect(parseParams(url.searchParams).problems).toEqual([]);
    expect(parseMapHash(url.hash).view).toEqual({ zoom: 7, latitude: 52, longitude: -1 });
  });
});
