"use client";

// A small, still map of a few councils: the page around it lists them in words, so the map is a picture
// (role="img" with a description) and takes no focus.

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import "./map.scss";
import { useEffect, useRef, useState } from "react";
import { areaOf } from "@/lib/map/council-areas";
import type { MiniMapCouncil } from "@/lib/map/mini-map";
import { addBaseLayers, loadBoundaries } from "./base-map";

const STYLES = {
  focus: { color: "#0b0c0c", weight: 2, fillColor: "#1d70b8", fillOpacity: 0.85 },
  partner: { color: "#d4351c", weight: 1.5, fillColor: "#f47738", fillOpacity: 0.5 },
} as const;

export function MiniMap({ councils, description }: { councils: MiniMapCouncil[]; description: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = L.map(container, {
      center: [54.6, -3.4],
      zoom: 5,
      zoomControl: false,
      attributionControl: false,
      dragging: false,
      keyboard: false,
      scrollWheelZoom: false,
      doubleClickZoom: false,
      boxZoom: false,
      touchZoom: false,
      zoomSnap: 0.25,
    });
    let current = true;
    // A mini-map frames a few neighbouring councils (zoom 7–9): the medium band's detail.
    loadBoundaries("medium")
      .then((boundaries) => {
        if (!current) return;
        addBaseLayers(L, map, boundaries, { tiles: false });
        const extent = L.latLngBounds([]);
        const renderer = L.svg();
        // Partners first, so the council the page is about is drawn on top.
        for (const council of [...councils].sort((a, b) => Number(a.role === "focus") - Number(b.role === "focus"))) {
          const area = areaOf(boundaries.areas, council.gss, council.formerGssCodes);
          if (area) {
            const shape = L.geoJSON(area, {
              renderer,
              interactive: false,
              style: { ...STYLES[council.role], className: `app-mini-map__${council.role}` },
            } as L.GeoJSONOptions).addTo(map);
            shape.eachLayer((layer) =>
              layer.on("add", () => (layer as L.Path).getElement()?.setAttribute("data-gss", council.gss)),
            );
            extent.extend(shape.getBounds());
          } else if (council.latitude !== null && council.longitude !== null) {
            L.circleMarker([council.latitude, council.longitude], {
              renderer,
              interactive: false,
              radius: 6,
              ...STYLES[council.role],
            }).addTo(map);
            extent.extend([council.latitude, council.longitude]);
          }
        }
        if (extent.isValid()) map.fitBounds(extent.pad(0.15), { maxZoom: 10, animate: false });
        setDrawn(true);
      })
      .catch(() => undefined);
    return () => {
      current = false;
      map.remove();
    };
  }, [councils]);

  return (
    <div
      ref={containerRef}
      className="app-mini-map"
      role="img"
      aria-label={description}
      data-drawn={drawn || undefined}
    />
  );
}
