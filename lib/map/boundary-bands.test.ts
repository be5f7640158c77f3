import { readFileSync } from "node:fs";
import path from "node:path";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { BOUNDARY_BANDS, boundaryBandFor, boundaryBandUrl, simplifyTopology } from "./boundary-bands";

const SOURCE = path.join(import.meta.dirname, "../../seed-data/boundaries/ons_uk_topo_2014_2025.json");

describe("boundary bands", () => {
  it("covers every zoom with one band each", () => {
    for (let zoom = 0; zoom <= 19; zoom++) {
      const band = BOUNDARY_BANDS.find(({ name }) => name === boundaryBandFor(zoom))!;
      expect(zoom >= band.minZoom && zoom <= band.maxZoom, `zoom ${zoom}`).toBe(true);
    }
    expect(boundaryBandFor(5)).toBe("coarse");
    expect(boundaryBandFor(8)).toBe("medium");
    expect(boundaryBandFor(12)).toBe("full");
  });

  it("names the band's content in its address", () => {
    expect(boundaryBandUrl("coarse", "a1b2c3")).toBe("/api/boundaries/coarse.a1b2c3.json");
    expect(boundaryBandUrl("coarse", "")).toBe("/api/boundaries");
  });
});

describe("simplifyTopology", () => {
  const topology = JSON.parse(readFileSync(SOURCE, "utf8"));
  const points = (t: { arcs: unknown[][] }) => t.arcs.reduce((sum, arc) => sum + arc.length, 0);
  const absolute = (arc: [number, number][]) => {
    let [x, y] = [0, 0];
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  };

  it("keeps far fewer points the coarser the band, and keeps every arc's ends", () => {
    const medium = simplifyTopology(topology, 0.002);
    const coarse = simplifyTopology(topology, 0.008);
    expect(points(medium)).toBeLessThan(points(topology) * 0.8);
    expect(points(coarse)).toBeLessThan(points(topology) * 0.4);
    expect(points(coarse)).toBeLessThan(points(medium));
    expect(coarse.arcs).toHaveLength(topology.arcs.length);
    topology.arcs.forEach((arc: [number, number][], i: number) => {
      const before = absolute(arc);
      const after = absolute(coarse.arcs[i]);
      expect(after[0]).toEqual(before[0]);
      expect(after.at(-1)).toEqual(before.at(-1));
    });
  });

  it("moves no kept point and leaves every council area a shape", () => {
    const coarse = simplifyTopology(topology, 0.008) as unknown as Topology;
    const original = new Set(topology.arcs.flatMap((arc: [number, number][]) => absolute(arc).map(String)));
    for (const arc of coarse.arcs)
      for (const point of absolute(arc as [number, number][])) {
        expect(original.has(String(point))).toBe(true);
      }
    const areas = feature(coarse, coarse.objects.ltla as GeometryCollection);
    expect(areas.features).toHaveLength(topology.objects.ltla.geometries.length);
    for (const area of areas.features) {
      const rings = area.geometry.type === "Polygon" ? [area.geometry.coordinates] : [];
      const multi = area.geometry.type === "MultiPolygon" ? area.geometry.coordinates : rings;
      const largest = Math.max(...multi.map((polygon) => new Set(polygon[0]!.map(String)).size));
      expect(largest, JSON.stringify(area.properties)).toBeGreaterThanOrEqual(3);
    }
  });
});
