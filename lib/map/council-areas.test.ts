import type { FeatureCollection, Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { areaOf, currentAreas, indexAreas, type AreaProperties } from "./council-areas";

const point: Geometry = { type: "Point", coordinates: [0, 0] };
const collection = (...properties: AreaProperties[]): FeatureCollection<Geometry, AreaProperties> => ({
  type: "FeatureCollection",
  features: properties.map((p) => ({ type: "Feature", geometry: point, properties: p })),
});

describe("council areas", () => {
  const ltla = collection(
    { areacd: "E06000028", areanm: "Bournemouth", end: 2018 },
    { areacd: "S12000046", areanm: "Glasgow City" },
    { areacd: "E07000001", areanm: "Old", end: 2015 },
    { areacd: "E07000001", areanm: "Newer", end: 2019 },
  );
  const utla = collection(
    { areacd: "E10000002", areanm: "Buckinghamshire", end: 2019 },
    { areacd: "E07000001", areanm: "Current" },
  );

  it("prefers the current vintage of a code, else the latest", () => {
    expect(indexAreas([ltla, utla]).get("E07000001")?.properties.areanm).toBe("Current");
    expect(indexAreas([ltla]).get("E07000001")?.properties.areanm).toBe("Newer");
  });

  it("finds a council by a former code when its own is not drawn", () => {
    const index = indexAreas([ltla, utla]);
    expect(areaOf(index, "S12000049", ["S12000043", "S12000046"])?.properties.areanm).toBe("Glasgow City");
    expect(areaOf(index, "E06000028")?.properties.areanm).toBe("Bournemouth");
    expect(areaOf(index, "W06000099")).toBeUndefined();
  });

  it("keeps only areas in force for the base map", () => {
    expect(currentAreas(ltla).map((f) => f.properties.areacd)).toEqual(["S12000046"]);
  });
});
