// The view parameters of GET /api/map/view — `bbox=west,south,east,north` and `zoom` — read apart from the
// filter's, which the one filter schema reads from the rest of the query string.

import { filterProblem, type FilterProblem } from "@/lib/filters/schema";
import type { Bbox } from "./clusters";
import { MAX_ZOOM, MIN_ZOOM } from "./view-state";

export const VIEW_PARAMETERS = ["bbox", "zoom"] as const;

export function parseViewParams(params: URLSearchParams): {
  view: { bbox: Bbox; zoom: number } | null;
  filterParams: URLSearchParams;
  problems: FilterProblem[];
} {
  const filterParams = new URLSearchParams([...params].filter(([name]) => !VIEW_PARAMETERS.includes(name as never)));
  const problems: FilterProblem[] = [];
  const rawBbox = params.get("bbox");
  const parts = (rawBbox ?? "").split(",").map((part) => (part.trim() === "" ? NaN : Number(part)));
  const bboxOk =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    parts[1]! >= -90 &&
    parts[3]! <= 90 &&
    parts[1]! <= parts[3]! &&
    parts[0]! <= parts[2]! &&
    parts[2]! - parts[0]! <= 720;
  if (!bboxOk) {
    problems.push(
      filterProblem(
        "bbox",
        () =>
          `bbox must be four numbers west,south,east,north in degrees (south ≤ north, west ≤ east), not "${rawBbox ?? ""}"`,
      ),
    );
  }
  const rawZoom = params.get("zoom");
  const zoom = rawZoom === null || rawZoom.trim() === "" ? NaN : Number(rawZoom);
  const zoomOk = Number.isInteger(zoom) && zoom >= MIN_ZOOM && zoom <= MAX_ZOOM;
  if (!zoomOk) {
    problems.push(
      filterProblem(
        "zoom",
        () => `zoom must be a whole number from ${MIN_ZOOM} to ${MAX_ZOOM}, not "${rawZoom ?? ""}"`,
      ),
    );
  }
  return { view: bboxOk && zoomOk ? { bbox: parts as Bbox, zoom } : null, filterParams, problems };
}
