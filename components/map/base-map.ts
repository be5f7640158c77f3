// The base map, drawn from the ONS boundaries the directory serves itself (decision 003): loaded once per page,
// decoded in the browser, shared by every map on the page.

import type L from "leaflet";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type BoundaryBand, boundaryBandUrl } from "@/lib/map/boundary-bands";
import { currentAreas, indexAreas, type AreaIndex, type AreaProperties } from "@/lib/map/council-areas";

export const OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

type Areas = FeatureCollection<Geometry, AreaProperties>;

export interface Boundaries {
  nations: Areas;
  regions: Areas;
  /** Districts and unitary councils in force now. */
  lowerTier: Areas;
  /** Counties and unitary councils in force now. */
  upperTier: Areas;
  /** Every council area of every vintage, by GSS code. */
  areas: AreaIndex;
}

const loading = new Map<BoundaryBand, Promise<Boundaries>>();

/** The boundaries at the detail of one zoom band (lib/map/boundary-bands.ts): the first view needs the coarse one. */
export function loadBoundaries(band: BoundaryBand = "coarse"): Promise<Boundaries> {
  const loaded = loading.get(band);
  if (loaded) return loaded;
  const load = fetch(boundaryBandUrl(band))
    .then((response) => {
      if (!response.ok) throw new Error(`The base map could not be loaded (${response.status}).`);
      return response.json() as Promise<Topology>;
    })
    .then((topology): Boundaries => {
      const layer = (name: string): Areas =>
        feature(topology, topology.objects[name] as GeometryCollection<AreaProperties>) as unknown as Areas;
      const [nations, regions, cty, utla, ltla] = ["ctry", "rgn", "cty", "utla", "ltla"].map(layer) as [
        Areas,
        Areas,
        Areas,
        Areas,
        Areas,
      ];
      return {
        nations,
        regions,
        lowerTier: { type: "FeatureCollection" as const, features: currentAreas(ltla) },
        upperTier: { type: "FeatureCollection" as const, features: currentAreas(utla) },
        areas: indexAreas([cty, utla, ltla]),
      };
    })
    .catch((error: unknown) => {
      loading.delete(band);
      throw error;
    });
  loading.set(band, load);
  return load;
}

/** Nations filled, council and region lines on top: a plain, quiet background for the data. */
export function addBaseLayers(
  leaflet: typeof L,
  map: L.Map,
  boundaries: Boundaries,
  { tiles }: { tiles: boolean },
): L.Renderer {
  const renderer = leaflet.canvas({ padding: 0.5 });
  const quiet = { interactive: false, renderer } as const;
  leaflet
    .geoJSON(boundaries.nations, {
      ...quiet,
      style: { color: "#505a5f", weight: 1.2, fillColor: "#ffffff", fillOpacity: tiles ? 0 : 1 },
    })
    .addTo(map);
  leaflet.geoJSON(boundaries.lowerTier, { ...quiet, style: { color: "#b1b4b6", weight: 0.5, fill: false } }).addTo(map);
  leaflet.geoJSON(boundaries.regions, { ...quiet, style: { color: "#6f777b", weight: 1, fill: false } }).addTo(map);
  return renderer;
}
