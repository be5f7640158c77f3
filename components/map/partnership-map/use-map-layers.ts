"use client";

// What the map draws besides the markers: the base map, the first view of the results, the selected partnership's
// councils, and the councils coloured by the filter's partnerships or savings.

import L from "leaflet";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, type RefObject } from "react";
import { councilListHref } from "@/lib/filters/urls";
import { colourClasses, colourFor } from "@/lib/map/colour-scale";
import { areaOf } from "@/lib/map/council-areas";
import type { MapPayload } from "@/lib/map/payload";
import type { MapMode, MapView } from "@/lib/map/view-state";
import { partnershipCentre } from "@/lib/geo/centre";
import { addBaseLayers, type Boundaries } from "../base-map";
import type { Selection } from "./use-map-payload";
import { describeValue } from "./markers";
import type { LeafletMap } from "./use-leaflet-map";

const HIGHLIGHT = { color: "#d4351c", weight: 2, fillColor: "#f47738", fillOpacity: 0.45 };

export type Tier = "lower" | "upper";

/** The base map under everything, once its boundaries arrive. */
export function useBaseLayers(leaflet: LeafletMap, boundaries: Boundaries | null, tiles: boolean) {
  useEffect(() => {
    const map = leaflet.map.current;
    if (!map || !boundaries) return;
    addBaseLayers(L, map, boundaries, { tiles });
    leaflet.markers.current?.remove();
    leaflet.overlay.current?.remove();
    leaflet.overlay.current?.addTo(map);
    leaflet.markers.current?.addTo(map);
  }, [leaflet.map, leaflet.markers, leaflet.overlay, boundaries, tiles]);
}

/**
 * The first view shows every partnership, unless the URL names a view: fitted with room for the largest marker
 * on every side and for the attribution at the bottom, so nothing at the edges (Shetland, Cornwall) is clipped or
 * hidden under a control.
 */
export function useFitToResults(leaflet: LeafletMap, payload: MapPayload | null, view: MapView | null) {
  useEffect(() => {
    const map = leaflet.map.current;
    if (!map || !payload?.bounds || view) return;
    const [west, south, east, north] = payload.bounds;
    map.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      { maxZoom: 9, animate: false, paddingTopLeft: [36, 36], paddingBottomRight: [36, 56] },
    );
  }, [leaflet.map, payload, view]);
}

/** The selected partnership: its councils' areas, a line from its centre to each; the panel's heading takes focus. */
export function useSelectionOverlay({
  leaflet,
  payload,
  boundaries,
  selection,
  focusPanelRef,
  panelHeadingRef,
}: {
  leaflet: LeafletMap;
  payload: MapPayload | null;
  boundaries: Boundaries | null;
  selection: Selection | null;
  /** Set when the selection was made by the reader: the panel then takes focus. */
  focusPanelRef: RefObject<boolean>;
  panelHeadingRef: RefObject<HTMLHeadingElement | null>;
}) {
  useEffect(() => {
    const map = leaflet.map.current;
    const overlay = leaflet.overlay.current;
    const renderer = leaflet.svg.current!;
    if (!map || !overlay) return;
    overlay.clearLayers();
    if (!selection || !payload || !boundaries) return;
    const byCode = new Map(payload.councils.map((council) => [council.gss, council]));
    const councils = selection.members.flatMap((member) => {
      const council = member.gss ? byCode.get(member.gss) : undefined;
      return council ? [council] : [];
    });
    const centre = partnershipCentre(councils);
    const centreLatLng = centre ? L.latLng(centre.latitude, centre.longitude) : null;
    const extent = L.latLngBounds([]);
    for (const { gss, name, latitude, longitude, formerGssCodes } of councils) {
      const area = areaOf(boundaries.areas, gss, formerGssCodes);
      if (area) {
        const shape = L.geoJSON(area, {
          renderer,
          style: { ...HIGHLIGHT, className: "app-map-member" },
          interactive: false,
        } as L.GeoJSONOptions);
        shape.eachLayer((layer) => {
          layer.on("add", () => (layer as L.Path).getElement()?.setAttribute("data-gss", gss));
        });
        shape.addTo(overlay);
        extent.extend(shape.getBounds());
      }
      if (latitude !== null && longitude !== null) {
        const point = L.latLng(latitude, longitude);
        extent.extend(point);
        if (centreLatLng)
          L.polyline([centreLatLng, point], {
            renderer,
            color: "#0b0c0c",
            weight: 2,
            dashArray: "4 4",
            interactive: false,
            className: "app-map-link",
          }).addTo(overlay);
        L.circleMarker(point, {
          renderer,
          radius: 4,
          color: "#0b0c0c",
          weight: 1,
          fillColor: "#ffffff",
          fillOpacity: 1,
          interactive: false,
        })
          .bindTooltip(name)
          .addTo(overlay);
      }
    }
    if (centreLatLng) extent.extend(centreLatLng);
    // Bring the partnership into view, close enough to tell its councils apart.
    if (extent.isValid() && (!map.getBounds().contains(extent) || map.getBoundsZoom(extent) - map.getZoom() > 2)) {
      map.fitBounds(extent.pad(0.3), { maxZoom: 9 });
    }
    if (focusPanelRef.current) {
      focusPanelRef.current = false;
      requestAnimationFrame(() => panelHeadingRef.current?.focus());
    }
  }, [leaflet.map, leaflet.overlay, leaflet.svg, selection, payload, boundaries, focusPanelRef, panelHeadingRef]);
}

/** A council's value in a colouring mode: partnerships in the filter, or their summed savings. */
export function councilValue(payload: MapPayload, index: number, mode: MapMode): number | null {
  const council = payload.councils[index]!;
  return mode === "count" ? council.partnerships : council.savingsGbp;
}

/** Choropleth: councils coloured by partnerships or savings in this filter; a council's area links to them. */
export function useChoropleth({
  leaflet,
  payload,
  boundaries,
  mode,
  tier,
  query,
}: {
  leaflet: LeafletMap;
  payload: MapPayload | null;
  boundaries: Boundaries | null;
  mode: MapMode;
  tier: Tier;
  /** The map's filter, as a query string: a council's list counts its predecessors as the map does. */
  query: string;
}) {
  const router = useRouter();
  const choropleth = useMemo(() => {
    if (!payload || mode === "partnerships") return null;
    const byCode = new Map<string, number>();
    const values: number[] = [];
    payload.councils.forEach((council, index) => {
      for (const code of [council.gss, ...council.formerGssCodes]) if (!byCode.has(code)) byCode.set(code, index);
      const value = councilValue(payload, index, mode);
      if (value !== null) values.push(value);
    });
    return { byCode, classes: colourClasses(values) };
  }, [payload, mode]);

  useEffect(() => {
    const map = leaflet.map.current;
    if (!map || !boundaries || !payload || !choropleth) return;
    const valueOf = (code: string): number | null => {
      const index = choropleth.byCode.get(code);
      return index === undefined ? null : councilValue(payload, index, mode);
    };
    const layer = L.geoJSON(tier === "lower" ? boundaries.lowerTier : boundaries.upperTier, {
      renderer: leaflet.svg.current!,
      style: (area) => ({
        color: "#505a5f",
        weight: 0.6,
        fillOpacity: 0.9,
        fillColor: colourFor(valueOf(area!.properties.areacd), choropleth.classes),
        className: "app-map-area",
      }),
      onEachFeature: (area, shape) => {
        const code = area.properties.areacd as string;
        const value = valueOf(code);
        shape.bindTooltip(`${area.properties.areanm}: ${describeValue(mode, value)}`, { sticky: true });
        shape.on("add", () => {
          const element = (shape as L.Path).getElement();
          element?.setAttribute("data-gss", code);
          element?.setAttribute("data-value", value === null ? "" : String(value));
        });
        shape.on("click", () => {
          const index = choropleth.byCode.get(code);
          router.push(councilListHref(index === undefined ? code : payload.councils[index]!.gss, query));
        });
      },
    } as L.GeoJSONOptions).addTo(map);
    layer.bringToBack();
    return () => {
      layer.remove();
    };
  }, [leaflet.map, leaflet.svg, boundaries, payload, choropleth, mode, tier, router, query]);

  return choropleth;
}
