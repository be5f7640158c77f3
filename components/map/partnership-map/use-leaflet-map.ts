"use client";

import L from "leaflet";
import { useEffect, useRef, useState, type RefObject } from "react";
import type { TileSettings } from "@/lib/map/types";
import { MAX_ZOOM, MIN_ZOOM, UK_VIEW, type MapView } from "@/lib/map/view-state";
import { addPanControl } from "../pan-control";

/** The Leaflet map and its layers, made once; `viewVersion` counts the moves, for what follows the view. */
export type LeafletMap = {
  map: RefObject<L.Map | null>;
  /** Partnership markers and clusters. */
  markers: RefObject<L.LayerGroup | null>;
  /** The selected partnership's council areas and links. */
  overlay: RefObject<L.LayerGroup | null>;
  /** The SVG renderer the overlay and the choropleth draw with (their shapes carry classes and data attributes). */
  svg: RefObject<L.Renderer | null>;
  viewVersion: number;
};

export function useLeafletMap(
  container: RefObject<HTMLDivElement | null>,
  { view, tiles, variant }: { view: MapView | null; tiles: TileSettings | null; variant: "full" | "panel" },
): LeafletMap {
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  const overlay = useRef<L.LayerGroup | null>(null);
  const svg = useRef<L.Renderer | null>(null);
  const [viewVersion, setViewVersion] = useState(0);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const start = view ?? UK_VIEW;
    const created = L.map(element, {
      center: [start.latitude, start.longitude],
      zoom: start.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      zoomSnap: 1,
      keyboard: true,
      scrollWheelZoom: variant === "full",
      attributionControl: false,
    });
    // The boundaries' attribution is written beneath the map (MapAttribution), where no marker can sit on its link;
    // configured tiles bring their own.
    if (tiles) {
      L.control.attribution({ prefix: false }).addTo(created);
      L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: MAX_ZOOM }).addTo(created);
    }
    addPanControl(created);
    svg.current = L.svg({ padding: 0.5 });
    overlay.current = L.layerGroup().addTo(created);
    markers.current = L.layerGroup().addTo(created);
    created.on("moveend", () => setViewVersion((v) => v + 1));
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
    };
  }, [container, view, tiles, variant]);

  return { map, markers, overlay, svg, viewVersion };
}
