// Place names on the map, from the ONS boundaries the map already draws (no tiles, decision 003): each current
// council area named at the middle of its extent, counties and unitary councils from zoom 7, districts too from
// zoom 9, never two labels on top of each other.

import type { Geometry, Position } from "geojson";
import type { AreaFeature } from "./council-areas";

export interface PlaceLabel {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  /** The extent, [west, south, east, north]: "go to a council" fits the map to it. */
  bounds: [number, number, number, number];
}

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case "Point":
      return [geometry.coordinates];
    case "MultiPoint":
    case "LineString":
      return geometry.coordinates;
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates.flat();
    case "MultiPolygon":
      return geometry.coordinates.flat(2);
    case "GeometryCollection":
      return geometry.geometries.flatMap(positionsOf);
  }
}

/** The largest ring's extent of an area: an island group's label sits on its main island, not in the sea. */
function mainExtent(geometry: Geometry): [number, number, number, number] | null {
  const parts = geometry.type === "MultiPolygon" ? geometry.coordinates.map((polygon) => polygon[0] ?? []) : null;
  const rings = parts ?? [positionsOf(geometry)];
  let best: [number, number, number, number] | null = null;
  let bestArea = -1;
  for (const ring of rings) {
    if (ring.length === 0) continue;
    const longitudes = ring.map((position) => position[0]!);
    const latitudes = ring.map((position) => position[1]!);
    const extent: [number, number, number, number] = [
      Math.min(...longitudes),
      Math.min(...latitudes),
      Math.max(...longitudes),
      Math.max(...latitudes),
    ];
    const area = (extent[2] - extent[0]) * (extent[3] - extent[1]);
    if (area > bestArea) [best, bestArea] = [extent, area];
  }
  return best;
}

export function placeLabels(areas: readonly AreaFeature[]): PlaceLabel[] {
  return areas.flatMap((area) => {
    const main = mainExtent(area.geometry);
    const all = positionsOf(area.geometry);
    if (!main || all.length === 0) return [];
    const longitudes = all.map((position) => position[0]!);
    const latitudes = all.map((position) => position[1]!);
    return [
      {
        code: area.properties.areacd,
        name: area.properties.areanm,
        latitude: (main[1] + main[3]) / 2,
        longitude: (main[0] + main[2]) / 2,
        bounds: [Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)],
      },
    ];
  });
}

/** Which tier is named at a zoom: none at national zoom, counties and unitaries from 7, districts from 9. */
export function labelTierAt(zoom: number): "upper" | "lower" | null {
  if (zoom >= 9) return "lower";
  if (zoom >= 7) return "upper";
  return null;
}

/**
 * The labels to draw, given each one's position on screen: a label is left out when it would overlap one already
 * placed (boxes of about `width` × `height` pixels around the point); larger areas are placed first.
 */
export function separatedLabels<T extends { x: number; y: number; name: string; size: number }>(
  candidates: readonly T[],
  charWidth = 7,
  height = 18,
): T[] {
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  const chosen: T[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.size - a.size)) {
    const half = (candidate.name.length * charWidth) / 2 + 4;
    const box = {
      left: candidate.x - half,
      right: candidate.x + half,
      top: candidate.y - height / 2,
      bottom: candidate.y + height / 2,
    };
    if (placed.some((p) => box.left < p.right && box.right > p.left && box.top < p.bottom && box.bottom > p.top))
      continue;
    placed.push(box);
    chosen.push(candidate);
  }
  return chosen;
}
