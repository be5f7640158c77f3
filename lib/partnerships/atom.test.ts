import { describe, expect, it } from "vitest";
import { atomFeed, entryId, escapeXml, type FeedEntry } from "./atom";

const entry = (id: number, overrides: Partial<FeedEntry> = {}): FeedEntry => ({
  id,
  slug: "one-legal",
  name: "One Legal & <Friends>",
  action: "update",
  summary: "Corrected",
  at: new Date("2026-03-01T10:00:00Z"),
  exists: true,
  changes: [{ field: "status", label: "Status", before: "active", after: "ended" }],
  ...overrides,
});

const feed = (entries: FeedEntry[]) =>
  atomFeed({
    selfUrl: "https://directory.example.gov.uk/feeds/partnerships.atom?service=legal-democratic",
    htmlUrl: "https://directory.example.gov.uk/?service=legal-democratic",
    title: "Legal & democratic – changes",
    subtitle: "New and changed partnerships",
    origin: "https://directory.example.gov.uk",
    updated: entries[0]?.at ?? new Date(0),
    entries,
  });

describe("atomFeed", () => {
  it("has the elements RFC 4287 requires, once each, with the text escaped", () => {
    const xml = feed([entry(7)]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    for (const element of ["id", "title", "updated", "author"]) {
      expect(xml.match(new RegExp(`\\n  <${element}>`, "g")), element).toHaveLength(1);
    }
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://directory.example.gov.uk/feeds/partnerships.atom?service=legal-democratic"/>',
    );
    expect(xml).toContain("<title>Changed: One Legal &amp; &lt;Friends&gt;</title>");
    expect(xml).toContain('<summary type="text">Status: active → ended</summary>');
    expect(xml).toContain("<updated>2026-03-01T10:00:00.000Z</updated>");
    // Every opened element is closed.
    const opened = [...xml.matchAll(/<([a-z]+)[\s>]/g)].map((m) => m[1]).filter((name) => name !== "link");
    const closed = [...xml.matchAll(/<\/([a-z]+)>/g)].map((m) => m[1]);
    expect(closed.sort()).toEqual(opened.sort());
  });

  it("gives each revision one id that never changes, and a removed entry no page", () => {
    expect(entryId("https://directory.example.gov.uk", 7)).toBe("tag:directory.example.gov.uk,2026:revision/7");
    const xml = feed([entry(9, { action: "delete", exists: false, changes: [] }), entry(7)]);
    expect(xml).toContain("<title>Removed: One Legal &amp; &lt;Friends&gt;</title>");
    expect(xml).toContain('href="https://directory.example.gov.uk/changes"');
    expect(xml.indexOf("revision/9")).toBeLessThan(xml.indexOf("revision/7"));
  });

  it("drops characters XML cannot hold", () => {
    expect(escapeXml("a\u0000b\u0007c & d")).toBe("abc &amp; d");
  });
});
