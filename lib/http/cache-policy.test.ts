import { describe, expect, it } from "vitest";
import { CACHE_PUBLIC, dataVersionEtag, ifNoneMatchMatches, validatedByDataVersion } from "./cache-policy";

describe("cache policy", () => {
  it("lets shared caches keep public answers longer than browsers, and serve stale while they ask again", () => {
    expect(CACHE_PUBLIC).toMatch(/^public,/);
    const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(CACHE_PUBLIC)?.[1]);
    expect(seconds("s-maxage")).toBeGreaterThan(seconds("max-age"));
    expect(seconds("stale-while-revalidate")).toBeGreaterThan(0);
  });

  it("validates the API's data answers by the data version, not health nor the boundaries", () => {
    for (const path of [
      "/api/partnerships",
      "/api/partnerships/one-legal",
      "/api/partnerships.csv",
      "/api/partnerships.geojson",
      "/api/map",
      "/api/councils/E07000078",
    ]) {
      expect(validatedByDataVersion(path), path).toBe(true);
    }
    for (const path of ["/", "/map", "/api/health", "/api/boundaries", "/api/boundaries/coarse.abc.json"]) {
      expect(validatedByDataVersion(path), path).toBe(false);
    }
  });

  it("makes a weak ETag of the build and the version", () => {
    expect(dataVersionEtag("a1B2-c_3", "42")).toBe('W/"a1B2-c_3-42"');
    expect(dataVersionEtag('we"ird/id', "7")).toBe('W/"weirdid-7"');
  });

  it("matches If-None-Match weakly, in lists and with *", () => {
    const etag = 'W/"b-42"';
    expect(ifNoneMatchMatches(undefined, etag)).toBe(false);
    expect(ifNoneMatchMatches('W/"b-42"', etag)).toBe(true);
    expect(ifNoneMatchMatches('"b-42"', etag)).toBe(true);
    expect(ifNoneMatchMatches('"x", W/"b-42"', etag)).toBe(true);
    expect(ifNoneMatchMatches('W/"b-41"', etag)).toBe(false);
    expect(ifNoneMatchMatches("*", etag)).toBe(true);
  });
});
