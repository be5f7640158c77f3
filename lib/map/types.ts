// What the map reads from the server. GET /api/map: a filter's summary for the map — total, the partnerships
// without a point, the extent, and per council the counts the choropleth colours by (councils as tuples, a few
// hundred at most). GET /api/map/view: the markers and the partnerships of one view (docs/decisions/022).

/** [gss, name, latitude, longitude, former GSS codes, partnerships in the filter, summed annualised savings or null] */
export type MapCouncilRow = [string, string, number | null, number | null, string[], number, number | null];

export interface MapData {
  /** Every matching partnership, as `total` in /api/partnerships. */
  total: number;
  /** Matching partnerships with no member council that has a point: listed, not drawn. */
  unlocated: number;
  /** [west, south, east, north] of the drawn partnerships; null when none is drawn. */
  bounds: [number, number, number, number] | null;
  /** Labels of service areas and model types, as slug and label (a selected partnership names them). */
  services: [string, string][];
  models: [string, string][];
  councils: MapCouncilRow[];
}

/** A partnership as a marker or the in-view list shows it. */
export interface ViewPartnership {
  slug: string;
  name: string;
  /** Its member councils. */
  councils: number;
}

/** A cluster (zoomTo: the zoom at which it splits; null when its partnerships share one spot) or a partnership. */
export type ViewMarker =
  | { kind: "cluster"; latitude: number; longitude: number; count: number; zoomTo: number | null }
  | ({ kind: "partnership"; latitude: number; longitude: number } & ViewPartnership);

export interface MapViewData {
  total: number;
  markers: ViewMarker[];
  /** How many partnerships are in the view, and the first of them by name. */
  inView: { count: number; partnerships: ViewPartnership[] };
}

/** An optional tile layer (decision 003: off unless configured, because it sends readers' requests elsewhere). */
export interface TileSettings {
  url: string;
  attribution: string;
}
