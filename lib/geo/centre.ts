import type { Point } from "./distance";

/**
 * Where a partnership is placed, on the map and in the GeoJSON export: the mean of its member councils' points,
 * rounded to `places` decimal places. Members without a point are skipped; with none at all there is no centre
 * (the partnership is listed, not drawn).
 */
export function partnershipCentre(
  points: readonly ({ latitude?: number | null; longitude?: number | null } | null | undefined)[],
  places = 5,
): Point | null {
  let latitude = 0;
  let longitude = 0;
  let count = 0;
  for (const point of points) {
    if (!point || typeof point.latitude !== "number" || typeof point.longitude !== "number") continue;
    if (!Number.isFinite(point.latitude) || !Number.isFinite(point.longitude)) continue;
    latitude += point.latitude;
    longitude += point.longitude;
    count += 1;
  }
  if (count === 0) return null;
  return { latitude: round(latitude / count, places), longitude: round(longitude / count, places) };
}

/** Five decimal places is about a metre: plenty for a marker, and short in JSON. */
export function round(value: number, places = 5): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
