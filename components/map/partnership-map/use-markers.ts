"use client";

import L from "leaflet";
import Supercluster from "supercluster";
import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { formatCount, pluralise } from "@/lib/format";
import type { MapPayload } from "@/lib/map/payload";
import { MAX_ZOOM, MIN_ZOOM, type MapMode } from "@/lib/map/view-state";
import { decorate } from "./markers";
import type { LeafletMap } from "./use-leaflet-map";

const IN_VIEW_LIMIT = 50;

interface PointProperties {
  index: number;
}

/** The partnerships in view, for the list beside the map; the indexes belong to `payload`, read with it only. */
export type InView = { payload: MapPayload | null; indexes: number[]; count: number };

/** The partnerships that have a point, and their cluster index: built once per result set (docs/decisions/004). */
export function useClusters(payload: MapPayload | null) {
  const located = useMemo(
    () => (payload ? payload.partnerships.flatMap((p, index) => (p.latitude === null ? [] : [index])) : []),
    [payload],
  );
  const clusters = useMemo(() => {
    if (!payload) return null;
    // Radius in screen pixels (extent = Leaflet's 256px tiles), wider than the largest marker, so markers never
    // overlap and each keeps a 24px target; partnerships on the very same spot stay a cluster at every zoom.
    const index = new Supercluster<PointProperties>({ radius: 60, extent: 256, maxZoom: MAX_ZOOM, minZoom: MIN_ZOOM });
    index.load(
      located.map((i) => {
        const partnership = payload.partnerships[i]!;
        return {
          type: "Feature",
          geometry: { type: "Point", coordinates: [partnership.longitude!, partnership.latitude!] },
          properties: { index: i },
        };
      }),
    );
    return index;
  }, [payload, located]);
  return { located, clusters };
}

/**
 * The markers of the current view (partnerships mode), rebuilt as the view moves, and the partnerships in view.
 * A rebuild keeps the keyboard: focus goes to the new marker nearest the one that had it (or the cluster just
 * opened).
 */
export function useMarkers(
  leaflet: LeafletMap,
  payload: MapPayload | null,
  { located, clusters }: ReturnType<typeof useClusters>,
  {
    mode,
    select,
    announce,
    wrapper,
  }: {
    mode: MapMode;
    select: (index: number, from: HTMLElement | null) => void;
    announce: (text: string) => void;
    wrapper: RefObject<HTMLDivElement | null>;
  },
): InView {
  // The indexes point into one particular payload: kept with it, so a list never reads a newer one with old indexes.
  const [inView, setInView] = useState<InView>({ payload: null, indexes: [], count: 0 });
  const focusNear = useRef<L.LatLng | null>(null);
  const { viewVersion } = leaflet;

  useEffect(() => {
    const map = leaflet.map.current;
    const layer = leaflet.markers.current;
    const index = clusters;
    if (!map || !layer) return;
    const active = document.activeElement as HTMLElement | null;
    const hadFocus =
      !!active && active.classList.contains("app-map-marker") && !!map.getPane("markerPane")?.contains(active);
    const focusAt =
      focusNear.current ?? (hadFocus ? L.latLng(Number(active.dataset.lat), Number(active.dataset.lng)) : null);
    layer.clearLayers();
    if (!payload || !index) return;
    const bounds = map.getBounds();
    const point = (i: number) => [payload.partnerships[i]!.latitude!, payload.partnerships[i]!.longitude!] as const;
    const inBounds = located.filter((i) => bounds.contains(point(i) as [number, number]));
    // The list follows the map (an external system): updated after this frame, not during the effect.
    const frame = requestAnimationFrame(() =>
      setInView({ payload, indexes: inBounds.slice(0, IN_VIEW_LIMIT), count: inBounds.length }),
    );
    if (mode !== "partnerships") return () => cancelAnimationFrame(frame);

    const shown = index
      .getClusters(
        [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
        Math.round(map.getZoom()),
      )
      // Reading order for the keyboard: north to south, then west to east.
      .sort(
        (a, b) =>
          b.geometry.coordinates[1]! - a.geometry.coordinates[1]! ||
          a.geometry.coordinates[0]! - b.geometry.coordinates[0]!,
      );
    const markers: { marker: L.Marker; latLng: L.LatLng }[] = [];
    for (const cluster of shown) {
      const [longitude, latitude] = cluster.geometry.coordinates as [number, number];
      const latLng = L.latLng(latitude, longitude);
      const properties = cluster.properties as Partial<Supercluster.ClusterProperties> & Partial<PointProperties>;
      let marker: L.Marker;
      if (properties.cluster) {
        const count = properties.point_count!;
        const size = count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 52;
        const label = `${pluralise(count, "partnership")} here: zoom in`;
        marker = L.marker(latLng, {
          keyboard: true,
          title: label,
          icon: L.divIcon({
            className: "app-map-marker app-map-marker--cluster",
            html: `<span aria-hidden="true">${formatCount(count)}</span>`,
            iconSize: [size, size],
          }),
        });
        const clusterId = properties.cluster_id!;
        const expand = () => {
          if (map.getZoom() >= MAX_ZOOM) {
            // Closest zoom already: these partnerships share one spot, so they are chosen from the list.
            const slugs = index
              .getLeaves(clusterId, Infinity)
              .map((leaf) => payload.partnerships[leaf.properties.index]!.slug);
            announce(`${pluralise(count, "partnership")} share this spot: choose one from the list beside the map.`);
            wrapper.current
              ?.querySelector<HTMLElement>(`.app-map-list__button[data-slug="${CSS.escape(slugs[0]!)}"]`)
              ?.focus();
            return;
          }
          const zoom = Math.min(index.getClusterExpansionZoom(clusterId), MAX_ZOOM);
          focusNear.current = latLng;
          announce(`Zoomed in on ${pluralise(count, "partnership")}.`);
          map.setView(latLng, zoom);
        };
        marker.on("click", expand);
        marker.on("add", () =>
          decorate(marker, label, { count: String(count), lat: String(latitude), lng: String(longitude) }, expand),
        );
      } else {
        const partnership = payload.partnerships[properties.index!]!;
        const label = `${partnership.name}: ${pluralise(partnership.councils.length, "council")}`;
        marker = L.marker(latLng, {
          keyboard: true,
          title: partnership.name,
          icon: L.divIcon({ className: "app-map-marker app-map-marker--partnership", html: "", iconSize: [24, 24] }),
        });
        const activate = () => select(properties.index!, marker.getElement() ?? null);
        marker.on("click", activate);
        marker.on("add", () =>
          decorate(marker, label, { slug: partnership.slug, lat: String(latitude), lng: String(longitude) }, activate),
        );
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
    return () => cancelAnimationFrame(frame);
  }, [leaflet.map, leaflet.markers, viewVersion, payload, located, clusters, mode, select, announce, wrapper]);

  return inView;
}
