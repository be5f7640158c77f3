import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, embedFrameAncestors, isEmbeddable } from "./content-security-policy";

describe("frames", () => {
  it("are refused for every page unless a page is made for them", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: false })).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ nonce: "n", development: false, frameAncestors: "*" })).toContain(
      "frame-ancestors *;",
    );
    expect(isEmbeddable("/embed/map")).toBe(true);
    expect(isEmbeddable("/embed/council/E07000078")).toBe(true);
    expect(isEmbeddable("/embedded")).toBe(false);
    expect(isEmbeddable("/map")).toBe(false);
  });

  it("allow the configured sites, or any, and never a value that would add a directive", () => {
    expect(embedFrameAncestors(undefined)).toBe("*");
    expect(embedFrameAncestors(" https://www.council.gov.uk https://*.gov.uk ")).toBe(
      "https://www.council.gov.uk https://*.gov.uk",
    );
    expect(embedFrameAncestors("'self'")).toBe("'self'");
    expect(embedFrameAncestors("https://a.example; script-src *")).toBe("*");
  });
});
