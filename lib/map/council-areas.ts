// Finds a council's area among the ONS boundary features. Councils are matched by their GSS code, then by
// their former codes (the boundaries still carry e.g. S12000046 for Glasgow, now S12000049); where a code has
// several vintages the current one (no end year), else the latest, is used.

import type { Feature, FeatureCollection, Geometry } from "geojson";

export interface AreaProperties {
  areacd: string;
  areanm: string;
  start?: number;
  end?: number;
}

export type AreaFeature = Feature<Geometry, AreaProperties>;
export type AreaIndex = Map<string, AreaFeature>;

export function indexAreas(collections: readonly FeatureCollection<Geometry, AreaProperties>[]): AreaIndex {
  const index: AreaIndex = new Map();
  for (const collection of collections) {
    for (const feature of collection.features) {
      const code = feature.properties.areacd;
      const held = index.get(code);
      if (!held || vintage(feature) > vintage(held)) index.set(code, feature);
    }
  }
  return index;
}

function vintage(feature: AreaFeature): number {
  return feature.properties.end ?? Number.POSITIVE_INFINITY;
}

export function areaOf(index: AreaIndex, gss: string, formerCodes: readonly string[] = []): AreaFeature | undefined {
  for (const code of [gss, ...formerCodes]) {
    const feature = index.get(code);
    if (feature) return feature;
  }
  return undefined;
}

/** Features in force now: the base map and the choropleth draw these. */
export function currentAreas<T extends FeatureCollection<Geometry, AreaProperties>>(collection: T): AreaFeature[] {
  return collection.features.filter((feature) => feature.properties.end === undefined);
}
