// The map's view lives in the URL hash (`#map=zoom/lat/lng`, plus the selected partnership and the colouring),
// which the filter schema never sees: the query string stays the filter, shared with the list and the API.

export const MAP_MODES = ["partnerships", "count", "savings"] as const;
export type MapMode = (typeof MAP_MODES)[number];

export interface MapView {
  zoom: number;
  latitude: number;
  longitude: number;
}

export interface MapHashState {
  view: MapView | null;
  /** Slug of the selected partnership. */
  selected: string | null;
  mode: MapMode;
}

export const UK_VIEW: MapView = { zoom: 5, latitude: 54.6, longitude: -3.4 };
export const MIN_ZOOM = 4;
export const MAX_ZOOM = 13;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads `#map=6/53.48/-2.24&partnership=slug&colour=count`; anything malformed falls back to the default. */
export function parseMapHash(hash: string): MapHashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const state: MapHashState = { view: null, selected: null, mode: "partnerships" };

  const parts = (params.get("map") ?? "").split("/");
  if (parts.length === 3) {
    const [zoom, latitude, longitude] = parts.map(Number) as [number, number, number];
    if (
      Number.isFinite(zoom) &&
      Number.isFinite(latitude) &&
      Number.isFinite(longitude) &&
      zoom >= MIN_ZOOM &&
      zoom <= MAX_ZOOM &&
      Math.abs(latitude) <= 85 &&
      Math.abs(longitude) <= 180
    ) {
      state.view = { zoom: Math.round(zoom), latitude, longitude };
    }
  }

  const selected = params.get("partnership");
  if (selected && SLUG.test(selected)) state.selected = selected;

  const mode = params.get("colour");
  if (mode && (MAP_MODES as readonly string[]).includes(mode)) state.mode = mode as MapMode;
  return state;
}

/** Writes the state back, short and stable: default parts are left out. */
export function formatMapHash(state: MapHashState): string {
  const parts: string[] = [];
  if (state.view) {
    const places = Math.max(2, Math.min(5, Math.ceil(state.view.zoom / 3)));
    parts.push(
      `map=${Math.round(state.view.zoom)}/${state.view.latitude.toFixed(places)}/${state.view.longitude.toFixed(places)}`,
    );
  }
  if (state.selected) parts.push(`partnership=${state.selected}`);
  if (state.mode !== "partnerships") parts.push(`colour=${state.mode}`);
  return parts.length ? `#${parts.join("&")}` : "";
}
