"use client";

import { useEffect } from "react";
import type { MapPayload } from "@/lib/map/payload";
import { formatMapHash, type MapMode } from "@/lib/map/view-state";
import type { LeafletMap } from "./use-leaflet-map";

/** The full map keeps its view, selection and colouring in the URL hash, so the address can be shared. */
export function useHashState({
  leaflet,
  variant,
  payload,
  selected,
  mode,
}: {
  leaflet: LeafletMap;
  variant: "full" | "panel";
  payload: MapPayload | null;
  selected: string | null;
  mode: MapMode;
}) {
  const { viewVersion } = leaflet;
  useEffect(() => {
    const map = leaflet.map.current;
    if (variant !== "full" || !map || !payload) return;
    const centre = map.getCenter();
    const hash = formatMapHash({
      view: { zoom: map.getZoom(), latitude: centre.lat, longitude: centre.lng },
      selected,
      mode,
    });
    window.history.replaceState(
      window.history.state,
      "",
      `${window.location.pathname}${window.location.search}${hash}`,
    );
  }, [leaflet.map, variant, viewVersion, selected, mode, payload]);
}
