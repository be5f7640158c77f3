import { describe, expect, it } from "vitest";
import { geojsonChunks } from "./formats";
import { centreOf, geojsonProblems } from "./geojson";
import type { PartnershipRow } from "@/lib/partnerships/types";

const member = (gss: string | null, latitude: number | null, longitude: number | null) => ({
  gss,
  slug: gss?.toLowerCase() ?? "norse",
  name: gss ?? "Norse",
  kind: gss ? "council" : "company",
  role: "member" as const,
  note: null,
  joined: null,
  left: null,
  homepageUrl: null,
  latitude,
  longitude,
});
const row = (slug: string, members: ReturnType<typeof member>[]): PartnershipRow => ({
  slug,
  name: slug,
  summary: "s",
  modelType: "other",
  modelTypeLabel: "Other",
  status: "active",
  startYear: null,
  endYear: null,
  serviceAreas: [],
  members,
  savings: [],
  annualisedSavingsGbp: null,
  sources: [],
  sourceNotes: null,
  lastVerified: null,
  contactEmail: null,
  contactUrl: null,
  predecessors: [],
  partOf: [],
  viaPredecessors: [],
});

async function collect(rows: PartnershipRow[], geometry: "points" | "links") {
  let text = "";
  async function* source() {
    yield* rows;
  }
  for await (const chunk of geojsonChunks(source(), geometry, { origin: "http://x" })) text += chunk;
  return JSON.parse(text);
}

describe("GeoJSON", () => {
  const rows = [
    row("a", [member("E07000078", 51.9, -2.08), member("E07000079", 51.7, -1.96), member(null, null, null)]),
    row("b", [member(null, null, null)]),
  ];

  it("puts a partnership at the mean of its councils' points, longitude first", () => {
    expect(centreOf(rows[0]!)).toEqual([-2.02, 51.8]);
    expect(centreOf(rows[1]!)).toBeNull();
  });

  it("writes a valid RFC 7946 FeatureCollection of points, members in the properties", async () => {
    const document = await collect(rows, "points");
    expect(geojsonProblems(document)).toEqual([]);
    expect(document.features).toHaveLength(2);
    expect(document.features[0].geometry).toEqual({ type: "Point", coordinates: [-2.02, 51.8] });
    expect(document.features[0].properties.members).toHaveLength(3);
    expect(document.features[1].geometry).toBeNull();
    expect("crs" in document).toBe(false);
  });

  it("writes one LineString per located membership with ?geometry=links", async () => {
    const document = await collect(rows, "links");
    expect(geojsonProblems(document)).toEqual([]);
    expect(document.features).toHaveLength(2);
    expect(document.features[0].geometry.coordinates).toEqual([
      [-2.02, 51.8],
      [-2.08, 51.9],
    ]);
  });

  it("the checker catches what RFC 7946 forbids", () => {
    expect(geojsonProblems({ type: "FeatureCollection", crs: {}, features: [] })).toHaveLength(1);
    expect(
      geojsonProblems({
        type: "FeatureCollection",
        features: [{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [51.8, -200] } }],
      }),
    ).toHaveLength(1);
    expect(geojsonProblems({ type: "Feature" })).toEqual(["not a FeatureCollection"]);
  });
});
