// Councils as points on the map, with their nearest neighbours: real partnerships are nearly always between
// neighbours (districts of one county, a county and its districts, or councils across a border).

import { distanceKm } from "@/lib/geo/distance";
import type { SeedData } from "@/lib/seed";
import type { CouncilTier, CouncilType, Nation, Region } from "@/lib/vocabulary";

export interface Council {
  index: number;
  gss: string;
  name: string;
  type: CouncilType;
  tier: CouncilTier;
  nation: Nation;
  region: Region | null;
  latitude: number;
  longitude: number;
  /** The county a district sits in (its index), or null. */
  county: number | null;
  /** First year the registry records the council, or null. */
  fromYear: number | null;
  /** Year the council was abolished, or null for a current council. */
  toYear: number | null;
  /** Origin of the council's website, e.g. https://www.middevon.gov.uk; a successor's for an abolished council. */
  website: string | null;
}

export interface Geography {
  councils: readonly Council[];
  /** For each council, the other councils by distance, nearest first (the nearest NEIGHBOURS_KEPT). */
  neighbours: readonly (readonly number[])[];
  /** For each county, its districts. */
  districts: ReadonlyMap<number, readonly number[]>;
  /** Kilometres between two councils (by index). */
  distance(a: number, b: number): number;
}

const NEIGHBOURS_KEPT = 40;
function originOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

const yearOf = (date: string | null) => (date === null ? null : Number(date.slice(0, 4)));

export function buildGeography(seed: Pick<SeedData, "councils">): Geography {
  const located = seed.councils.filter((c) => c.latitude !== null && c.longitude !== null);
  const indexByGss = new Map(located.map((c, index) => [c.gss, index]));
  const homepageByGss = new Map(seed.councils.map((c) => [c.gss, c.homepage_url]));
  const councils: Council[] = located.map((c, index) => ({
    index,
    gss: c.gss,
    name: c.name,
    type: c.council_type,
    tier: c.tier,
    nation: c.nation,
    region: c.region,
    latitude: c.latitude!,
    longitude: c.longitude!,
    county: c.county_gss === null ? null : (indexByGss.get(c.county_gss) ?? null),
    fromYear: yearOf(c.start_date),
    toYear: yearOf(c.end_date),
    website:
      originOf(c.homepage_url) ??
      c.successor_gss.map((gss) => originOf(homepageByGss.get(gss) ?? null)).find((origin) => origin !== null) ??
      null,
  }));
  const size = councils.length;
  const matrix = new Float64Array(size * size);
  for (const a of councils) for (const b of councils) matrix[a.index * size + b.index] = distanceKm(a, b);
  const distance = (a: number, b: number) => matrix[a * size + b]!;
  const neighbours = councils.map((council) =>
    councils
      .filter((other) => other.index !== council.index)
      .map((other) => ({ index: other.index, km: distance(council.index, other.index) }))
      .sort((a, b) => a.km - b.km || a.index - b.index)
      .slice(0, NEIGHBOURS_KEPT)
      .map((n) => n.index),
  );
  const districts = new Map<number, number[]>();
  for (const council of councils) {
    if (council.county === null) continue;
    districts.set(council.county, [...(districts.get(council.county) ?? []), council.index]);
  }
  return { councils, neighbours, districts, distance };
}

/** Did the council exist in that year (as far as the registry knows)? A null year means "today". */
export function existedIn(council: Council, year: number | null): boolean {
  if (year === null) return council.toYear === null;
  return (council.fromYear === null || council.fromYear <= year) && (council.toYear === null || council.toYear > year);
}
