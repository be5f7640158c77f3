// How "nearest" and "councils like this one" are measured. The SQL in neighbours.server.ts computes the same
// formulas in the database; these functions state them once in TypeScript, for the tests and for readers.
// Distances are lib/geo's.

/** How many nearest current councils a council page shows. */
export const NEAREST_LIMIT = 8;
/** How many "councils like this one" a council page shows. */
export const LIKE_LIMIT = 6;
/** A council is "like" another when their populations differ by at most this factor (either way). */
export const POPULATION_FACTOR = 1.5;
/**
 * Ranking "councils like this one" (lower is better):
 *   score = distanceKm / LIKE_DISTANCE_SCALE_KM + |ln(population / ownPopulation)| / ln(POPULATION_FACTOR)
 * The population term runs from 0 (same population) to 1 (at the factor limit), so the whole allowed population
 * difference weighs as much as 50 km: nearby councils come first, and among councils at similar distances the
 * closer population wins.
 */
export const LIKE_DISTANCE_SCALE_KM = 50;

/** True when two populations are within POPULATION_FACTOR of each other. */
export function similarPopulation(own: number, other: number): boolean {
  if (own <= 0 || other <= 0) return false;
  return Math.max(own, other) / Math.min(own, other) <= POPULATION_FACTOR;
}

/** The "like this one" score above; lower ranks first. */
export function likenessScore(distanceKm: number, ownPopulation: number, otherPopulation: number): number {
  return (
    distanceKm / LIKE_DISTANCE_SCALE_KM +
    Math.abs(Math.log(otherPopulation / ownPopulation)) / Math.log(POPULATION_FACTOR)
  );
}

/** Kilometres as a page shows them: "3.4 km" under 10 km, "27 km" beyond. */
export function formatKm(km: number): string {
  return km < 10 ? `${(Math.round(km * 10) / 10).toFixed(1)} km` : `${Math.round(km)} km`;
}
