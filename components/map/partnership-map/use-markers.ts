"use client";

import L from "leaflet";
import { useEffect, useRef, useState, type RefObject } from "react";
import { formatCount, pluralise } from "@/lib/format";
import type { MapPayload } from "@/lib/map/payload";
import type { MapViewData, ViewPartnership } from "@/lib/map/types";
import { MAX_ZOOM, type MapMode } from "@/lib/map/view-state";
import { decorate } from "./markers";
import type { LeafletMap } from "./use-leaflet-map";

/** The partnerships in view, for the list beside the map; `query` and `payload` say which result set they belong to. */
export type InView = {
  payload: MapPayload | null;
  count: number;
  partnerships: ViewPartnership[];
};

/**
 * The markers of the current view, asked of the server as the view moves (GET /api/map/view: clusters with
 * counts where dense, partnerships where sparse; docs/decisions/022), and the partnerships in view. A rebuild
 * keeps the keyboard: focus goes to the new marker nearest the one that had it (or the cluster just opened).
 */
export function useMarkers(
  leaflet: LeafletMap,
  query: string,
  payload: MapPayload | null,
  {
    mode,
    select,
    announce,
    wrapper,
  }: {
    mode: MapMode;
    select: (partnership: ViewPartnership, from: HTMLElement | null) => void;
    announce: (text: string) => void;
    wrapper: RefObject<HTMLDivElement | null>;
  },
): InView {
  const [inView, setInView] = useState<InView>({ payload: null, count: 0, partnerships: [] });
  const [view, setView] = useState<{ data: MapViewData; payload: MapPayload } | null>(null);
  const focusNear = useRef<L.LatLng | null>(null);
  const { viewVersion } = leaflet;

  // The view's markers and list, fetched for each position of the map; an answer for an older view is dropped.
  useEffect(() => {
    const map = leaflet.map.current;
    if (!map || !payload) return;
    const bounds = map.getBounds();
    const bbox = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
      .map((value) => value.toFixed(4))
      .join(",");
    const params = new URLSearchParams(query);
    params.set("bbox", bbox);
    params.set("zoom", String(Math.round(map.getZoom())));
    const controller = new AbortController();
    fetch(`/api/map/view?${params}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`The map's markers could not be loaded (${response.status}).`);
        return (await response.json()) as MapViewData;
      })
      .then((data) => {
        setView({ data, payload });
        setInView({ payload, count: data.inView.count, partnerships: data.inView.partnerships });
      })
      .catch((error: Error) => {
        if (error.name !== "AbortError") announce(error.message);
      });
    return () => controller.abort();
  }, [leaflet.map, viewVersion, query, payload, announce]);

  useEffect(() => {
    const map = leaflet.map.current;
    const layer = leaflet.markers.current;
    if (!map || !layer) return;
    const active = document.activeElement as HTMLElement | null;
    const hadFocus =
      !!active && active.classList.contains("app-map-marker") && !!map.getPane("markerPane")?.contains(active);
    const focusAt =
      focusNear.current ?? (hadFocus ? L.latLng(Number(active.dataset.lat), Number(active.dataset.lng)) : null);
    layer.clearLayers();
    if (!view || view.payload !== payload || mode !== "partnerships") return;

    const markers: { marker: L.Marker; latLng: L.LatLng }[] = [];
    for (const shown of view.data.markers) {
      const latLng = L.latLng(shown.latitude, shown.longitude);
      const place = { lat: String(shown.latitude), lng: String(shown.longitude) };
      let marker: L.Marker;
      if (shown.kind === "cluster") {
        const { count, zoomTo } = shown;
        const size = count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 52;
        const label =
          zoomTo === null && map.getZoom() >= MAX_ZOOM
            ? `${pluralise(count, "partnership")} at this spot: listed beside the map`
            : `${pluralise(count, "partnership")} here: zoom in`;
        marker = L.marker(latLng, {
          keyboard: true,
          title: label,
          icon: L.divIcon({
            className: "app-map-marker app-map-marker--cluster",
            html: `<span aria-hidden="true">${formatCount(count)}</span>`,
            iconSize: [size, size],
          }),
        });
        const expand = () => {
          if (zoomTo === null && map.getZoom() >= MAX_ZOOM) {
            // Closest zoom already: these partnerships share one spot, so they are chosen from the list.
            announce(`${pluralise(count, "partnership")} share this spot: choose one from the list beside the map.`);
            wrapper.current?.querySelector<HTMLElement>(".app-map-list__button")?.focus();
            return;
          }
          focusNear.current = latLng;
          announce(`Zoomed in on ${pluralise(count, "partnership")}.`);
          map.setView(latLng, zoomTo ?? MAX_ZOOM);
        };
        marker.on("click", expand);
        marker.on("add", () => decorate(marker, label, { count: String(count), ...place }, expand));
      } else {
        const label = `${shown.name}: ${pluralise(shown.councils, "council")}`;
        marker = L.marker(latLng, {
          keyboard: true,
          title: shown.name,
          icon: L.divIcon({ className: "app-map-marker app-map-marker--partnership", html: "", iconSize: [24, 24] }),
        });
        const activate = () => select(shown, marker.getElement() ?? null);
        marker.on("click", activate);
        marker.on("add", () => decorate(marker, label, { slug: shown.slug, ...place }, activate));
      }
      marker.addTo(layer);
      markers.push({ marker, latLng });
    }
    // After a cluster opens, focus goes to the marker nearest where it was, so the keyboard is not lost.
    const near = focusAt;
    if (near && markers.length) {
      focusNear.current = null;
      const nearest = markers.reduce((best, m) =>
        m.latLng.distanceTo(near) < best.latLng.distanceTo(near) ? m : best,
      );
      nearest.marker.getElement()?.focus();
    }
  }, [leaflet.map, leaflet.markers, view, payload, mode, select, announce, wrapper]);

  return inView;
}
