// Display labels for the council vocabulary, keyed by the slugs in lib/vocabulary.
import { GSS_CODE_PATTERN, type CouncilTier, type CouncilType, type Nation, type Region } from "@/lib/vocabulary";

export const COUNCIL_TYPE_LABELS = {
  county: "County council",
  district: "District council",
  unitary: "Unitary authority",
  "metropolitan-district": "Metropolitan borough",
  "london-borough": "London borough",
  "city-corporation": "City corporation",
  "scottish-council": "Scottish council",
  "welsh-council": "Welsh council",
  "ni-district": "Northern Ireland district council",
} as const satisfies Record<CouncilType, string>;
export type CouncilTypeSlug = CouncilType;

export const COUNCIL_TIER_LABELS = {
  upper: "Upper tier",
  lower: "Lower tier",
  unitary: "Single tier",
} as const satisfies Record<CouncilTier, string>;
export type CouncilTierSlug = CouncilTier;

export const NATION_LABELS = {
  england: "England",
  scotland: "Scotland",
  wales: "Wales",
  "northern-ireland": "Northern Ireland",
} as const satisfies Record<Nation, string>;
export type NationSlug = Nation;

export const REGION_LABELS = {
  "north-east": "North East",
  "north-west": "North West",
  "yorkshire-and-the-humber": "Yorkshire and the Humber",
  "east-midlands": "East Midlands",
  "west-midlands": "West Midlands",
  "east-of-england": "East of England",
  london: "London",
  "south-east": "South East",
  "south-west": "South West",
} as const satisfies Record<Region, string>;
export type RegionSlug = Region;

/** The English region ("South East"), or the nation for councils outside England. */
export function placeLabel(region: RegionSlug | null, nation: NationSlug | null): string {
  if (region) return REGION_LABELS[region];
  return nation ? NATION_LABELS[nation] : "Not recorded";
}

export function isGssCode(value: string): boolean {
  return GSS_CODE_PATTERN.test(value);
}
