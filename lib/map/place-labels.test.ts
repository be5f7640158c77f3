import { describe, expect, it } from "vitest";
import type { AreaFeature } from "./council-areas";
import { labelTierAt, placeLabels, separatedLabels } from "./place-labels";

const square = (west: number, south: number, size: number) => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

describe("place labels", () => {
  it("names an area at the middle of its largest part, and keeps its whole extent", () => {
    const islands: AreaFeature = {
      type: "Feature",
      properties: { areacd: "S12000023", areanm: "Orkney Islands" },
      geometry: { type: "MultiPolygon", coordinates: [[square(-3, 58.8, 0.4)], [square(-2.5, 59.3, 0.05)]] },
    };
    const [label] = placeLabels([islands]);
    expect(label).toMatchObject({ code: "S12000023", name: "Orkney Islands", latitude: 59, longitude: -2.8 });
    expect(label!.bounds.map((value) => Number(value.toFixed(6)))).toEqual([-3, 58.8, -2.45, 59.35]);
  });

  it("names counties from zoom 7 and districts from zoom 9", () => {
    expect([5, 6, 7, 8, 9, 13].map(labelTierAt)).toEqual([null, null, "upper", "upper", "lower", "lower"]);
  });

  it("leaves out a label that would overlap a larger area's", () => {
    const chosen = separatedLabels([
      { x: 100, y: 100, name: "Cheltenham", size: 1 },
      { x: 110, y: 105, name: "Gloucestershire", size: 10 },
      { x: 100, y: 200, name: "Tewkesbury", size: 2 },
    ]);
    expect(chosen.map((label) => label.name)).toEqual(["Gloucestershire", "Tewkesbury"]);
  });
});
