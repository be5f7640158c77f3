// The council vocabulary: nations, regions, council types and tiers, with their labels, and the GSS code that
// names a council in every URL and export.

export const NATIONS = ["england", "scotland", "wales", "northern-ireland"] as const;
export type Nation = (typeof NATIONS)[number];

export const NATION_LABELS = {
  england: "England",
  scotland: "Scotland",
  wales: "Wales",
  "northern-ireland": "Northern Ireland",
} as const satisfies Record<Nation, string>;

/** England's nine regions; councils elsewhere have no region. */
export const REGIONS = [
  "north-east",
  "north-west",
  "yorkshire-and-the-humber",
  "east-midlands",
  "west-midlands",
  "east-of-england",
  "london",
  "south-east",
  "south-west",
] as const;
export type Region = (typeof REGIONS)[number];

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

export const COUNCIL_TYPES = [
  "county",
  "district",
  "unitary",
  "metropolitan-district",
  "london-borough",
  "city-corporation",
  "scottish-council",
  "welsh-council",
  "ni-district",
] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];

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

/** Several councils of one type, as a sentence names them: "other current Scottish councils". */
export const COUNCIL_TYPE_PLURALS = {
  county: "county councils",
  district: "district councils",
  unitary: "unitary authorities",
  "metropolitan-district": "metropolitan boroughs",
  "london-borough": "London boroughs",
  "city-corporation": "city corporations",
  "scottish-council": "Scottish councils",
  "welsh-council": "Welsh councils",
  "ni-district": "Northern Ireland district councils",
} as const satisfies Record<CouncilType, string>;

export const COUNCIL_TIERS = ["upper", "lower", "unitary"] as const;
export type CouncilTier = (typeof COUNCIL_TIERS)[number];

export const COUNCIL_TIER_LABELS = {
  upper: "Upper tier",
  lower: "Lower tier",
  unitary: "Single tier",
} as const satisfies Record<CouncilTier, string>;

/** Which councils a council search lists: current ones, abolished ones, or both. */
export const COUNCIL_STATUSES = ["current", "former", "all"] as const;
export type CouncilStatus = (typeof COUNCIL_STATUSES)[number];

export const COUNCIL_STATUS_LABELS = {
  all: "Current and abolished",
  current: "Current councils only",
  former: "Abolished councils only",
} as const satisfies Record<CouncilStatus, string>;

/** A council's GSS code: a nation letter and eight digits, e.g. E07000078. */
export const GSS_CODE_PATTERN = /^[ENSW]\d{8}$/;

export function isGssCode(value: string): boolean {
  return GSS_CODE_PATTERN.test(value);
}

/** The English region ("South East"), or the nation for councils outside England. */
export function placeLabel(region: Region | null, nation: Nation | null): string {
  if (region) return REGION_LABELS[region];
  return nation ? NATION_LABELS[nation] : "Not recorded";
}
