// Distances between places on the Earth: the one formula and the one radius, in TypeScript here and in SQL as
// `directory_distance_km` (prisma/migrations/20261122010000_distance_function), which `sql.ts` calls. "Near a
// council" (the filter), "nearest councils", "councils like this one", similar partnerships and the synthetic
// data's neighbours all measure with them, so they agree to the metre.

/** The Earth's mean radius (IUGG), in kilometres: the radius `directory_distance_km` uses too. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle distance between two points given in degrees, in kilometres (haversine). */
export function distanceKm(from: Point, to: Point): number {
  const rad = Math.PI / 180;
  const dLat = (to.latitude - from.latitude) * rad;
  const dLon = (to.longitude - from.longitude) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(from.latitude * rad) * Math.cos(to.latitude * rad) * Math.sin(dLon / 2) ** 2;
  // min(1, …) guards asin against rounding just above 1 for antipodal points, as the SQL does.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Places that may have a point: members of a partnership, as rows give them. */
type MaybePoint = { latitude?: number | null; longitude?: number | null };

/**
 * Kilometres from `from` to the nearest of `places` that has a point, to one decimal place (as the directory
 * shows and exports it); null when none has one. "Near a council" sorts by the same distance in SQL
 * (lib/filters/sql.ts `nearestMemberKm`).
 */
export function nearestKm(from: Point, places: readonly MaybePoint[]): number | null {
  let nearest = Infinity;
  for (const { latitude, longitude } of places) {
    if (typeof latitude !== "number" || typeof longitude !== "number") continue;
    nearest = Math.min(nearest, distanceKm(from, { latitude, longitude }));
  }
  return Number.isFinite(nearest) ? Math.round(nearest * 10) / 10 : null;
}
