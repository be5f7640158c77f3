// The map's compact payload (GET /api/map): every partnership of a filter, with only what the map draws and
// the selection panel shows. Rows are tuples to keep 100k partnerships to a few megabytes before compression.

/** [gss, name, latitude, longitude, former GSS codes, partnerships in the filter, summed annualised savings or null] */
export type MapCouncilRow = [string, string, number | null, number | null, string[], number, number | null];

/**
 * [slug, name, latitude, longitude, model index, service indexes, member council indexes, annualised GBP or null]
 * The centre is null when no member council has a recorded point.
 */
export type MapPartnershipRow = [
  string,
  string,
  number | null,
  number | null,
  number,
  number[],
  number[],
  number | null,
];

export interface MapData {
  /** Every matching partnership, as `total` in /api/partnerships. */
  total: number;
  /** Labels indexed by the rows: service areas and model types, as slug and label. */
  services: [string, string][];
  models: [string, string][];
  councils: MapCouncilRow[];
  partnerships: MapPartnershipRow[];
}

/** An optional tile layer (decision 003: off unless configured, because it sends readers' requests elsewhere). */
export interface TileSettings {
  url: string;
  attribution: string;
}
