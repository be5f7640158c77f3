// Marker elements get an accessible name, test hooks, and Enter/Space activation (Leaflet's markers lack it).

import type L from "leaflet";
import { formatGbp, pluralise } from "@/lib/format";
import type { MapMode } from "@/lib/map/view-state";

export function decorate(marker: L.Marker, label: string, data: Record<string, string>, activate: () => void) {
  const element = marker.getElement();
  if (!element) return;
  element.setAttribute("aria-label", label);
  for (const [key, value] of Object.entries(data)) element.dataset[key] = value;
  element.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      event.stopPropagation();
      activate();
    }
  });
}

/** A council's value in the choropleth's words. */
export function describeValue(mode: MapMode, value: number | null): string {
  if (mode === "count") return value ? pluralise(value, "partnership") : "no partnerships";
  return value === null ? "savings not reported" : `${formatGbp(value)} a year`;
}
