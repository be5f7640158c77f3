// The map by view (docs/decisions/022): a filter's partnerships grouped by where they are drawn ("spots": one
// per distinct centre, holding its partnerships' ids in name order), indexed once, and asked for the markers of a
// view — clusters with counts where dense, single partnerships where sparse — and the partnerships in view.
// Pure: the server keeps one index per filter (view-index.server.ts); tests build their own.

import Supercluster from "supercluster";
import { round } from "@/lib/geo/centre";
import { MAX_ZOOM, MIN_ZOOM } from "./view-state";

export interface Spot {
  latitude: number;
  longitude: number;
  /** Partnership ids drawn here, in name order. */
  ids: Int32Array;
  /** Each id's position in the whole result set's name order (same order as `ids`). */
  ranks: Int32Array;
}

/** [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

/** A marker of a view: a cluster (zoomTo null when its partnerships share one spot) or one partnership. */
export type SpotMarker =
  | { kind: "cluster"; latitude: number; longitude: number; count: number; zoomTo: number | null }
  | { kind: "partnership"; latitude: number; longitude: number; id: number };

interface SpotProperties {
  spot: number;
}
interface ClusterProperties {
  count: number;
}

/**
 * Cluster radius in screen pixels (extent = Leaflet's 256 px tiles): larger than the largest cluster marker, so markers
 * never overlap (WCAG 2.2 target size), and narrow enough for the real data to part at national zoom (decision 022).
 */
export const CLUSTER_RADIUS = 48;

export type SpotIndex = Supercluster<SpotProperties, ClusterProperties>;

export function indexSpots(spots: readonly Spot[]): SpotIndex {
  const index = new Supercluster<SpotProperties, ClusterProperties>({
    radius: CLUSTER_RADIUS,
    extent: 256,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    map: (properties) => ({ count: spots[properties.spot]!.ids.length }),
    reduce: (accumulated, properties) => {
      accumulated.count += properties.count;
    },
  });
  index.load(
    spots.map((spot, i) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [spot.longitude, spot.latitude] },
      properties: { spot: i },
    })),
  );
  return index;
}

/** The markers of a view, north to south then west to east (the keyboard's reading order). */
export function markersInView(index: SpotIndex, spots: readonly Spot[], bbox: Bbox, zoom: number): SpotMarker[] {
  const markers = index.getClusters(bbox, Math.round(zoom)).map((feature): SpotMarker => {
    const [x, y] = feature.geometry.coordinates as [number, number];
    const [longitude, latitude] = [round(x), round(y)];
    const properties = feature.properties as Partial<Supercluster.ClusterProperties> &
      Partial<ClusterProperties> &
      Partial<SpotProperties>;
    if (properties.cluster) {
      return {
        kind: "cluster",
        latitude,
        longitude,
        count: properties.count!,
        zoomTo: Math.min(index.getClusterExpansionZoom(properties.cluster_id!), MAX_ZOOM),
      };
    }
    const spot = spots[properties.spot!]!;
    return spot.ids.length === 1
      ? { kind: "partnership", latitude, longitude, id: spot.ids[0]! }
      : { kind: "cluster", latitude, longitude, count: spot.ids.length, zoomTo: null };
  });
  return markers.sort((a, b) => b.latitude - a.latitude || a.longitude - b.longitude);
}

export function inBbox([west, south, east, north]: Bbox, latitude: number, longitude: number): boolean {
  if (latitude < south || latitude > north) return false;
  return west <= east ? longitude >= west && longitude <= east : longitude >= west || longitude <= east;
}

/** How many partnerships are in view, and the first `limit` of them in name order (ids). */
export function partnershipsInView(
  spots: readonly Spot[],
  bbox: Bbox,
  limit: number,
): { count: number; ids: number[] } {
  let count = 0;
  // The `limit` lowest ranks seen so far, ascending: each spot's ranks are ascending, so a spot stops early.
  const best: { rank: number; id: number }[] = [];
  for (const spot of spots) {
    if (!inBbox(bbox, spot.latitude, spot.longitude)) continue;
    count += spot.ids.length;
    for (let i = 0; i < spot.ranks.length; i += 1) {
      const rank = spot.ranks[i]!;
      if (best.length === limit && rank >= best[limit - 1]!.rank) break;
      let at = best.length;
      while (at > 0 && best[at - 1]!.rank > rank) at -= 1;
      best.splice(at, 0, { rank, id: spot.ids[i]! });
      if (best.length > limit) best.pop();
    }
  }
  return { count, ids: best.map((entry) => entry.id) };
}

/** The view's bbox with Leaflet's longitudes brought into [-180, 180] and latitudes clamped. */
export function normaliseBbox([west, south, east, north]: Bbox): Bbox {
  const span = east - west;
  if (span >= 360) return [-180, Math.max(-90, south), 180, Math.min(90, north)];
  const wrap = (longitude: number) =>
    longitude >= -180 && longitude <= 180 ? longitude : ((((longitude + 180) % 360) + 360) % 360) - 180;
  return [wrap(west), Math.max(-90, south), wrap(east), Math.min(90, north)];
}
