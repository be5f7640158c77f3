"use client";

// Council names on the map at the zooms where they help (lib/map/place-labels.ts), in their own pane under the
// markers. They are not interactive and hidden from assistive technology: the lists beside the map say the same.

import L from "leaflet";
import { useEffect, useMemo } from "react";
import { labelTierAt, placeLabels, separatedLabels, type PlaceLabel } from "@/lib/map/place-labels";
import type { Boundaries } from "../base-map";
import type { LeafletMap } from "./use-leaflet-map";

const PANE = "app-labels";

export function usePlaceLabels(leaflet: LeafletMap, boundaries: Boundaries | null) {
  const labels = useMemo(
    () =>
      boundaries
        ? { upper: placeLabels(boundaries.upperTier.features), lower: placeLabels(boundaries.lowerTier.features) }
        : null,
    [boundaries],
  );
  const { viewVersion } = leaflet;
  useEffect(() => {
    const map = leaflet.map.current;
    if (!map || !labels) return;
    if (!map.getPane(PANE)) {
      const pane = map.createPane(PANE);
      pane.style.zIndex = "450"; // above the areas (overlay 400), below the markers (600)
      pane.style.pointerEvents = "none";
      pane.setAttribute("aria-hidden", "true");
    }
    const tier = labelTierAt(map.getZoom());
    if (!tier) return;
    const view = map.getBounds().pad(0.1);
    const candidates = labels[tier].flatMap((label: PlaceLabel) => {
      if (!view.contains([label.latitude, label.longitude])) return [];
      const { x, y } = map.latLngToContainerPoint([label.latitude, label.longitude]);
      const [west, south, east, north] = label.bounds;
      return [{ ...label, x, y, size: (east - west) * (north - south) }];
    });
    const layer = L.layerGroup();
    for (const label of separatedLabels(candidates)) {
      L.marker([label.latitude, label.longitude], {
        pane: PANE,
        interactive: false,
        keyboard: false,
        icon: L.divIcon({
          className: "app-map-label",
          html: `<span>${label.name.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</span>`,
          iconSize: undefined,
        }),
      }).addTo(layer);
    }
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [leaflet.map, labels, viewVersion]);
  return labels;
}
