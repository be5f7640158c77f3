"use client";

// Leaflet touches `window` when it loads: the maps are rendered in the browser only.

import dynamic from "next/dynamic";

export const PartnershipMapLoader = dynamic(() => import("./partnership-map").then((m) => m.PartnershipMap), {
  ssr: false,
  loading: () => <p className="govuk-body app-map-loading">Loading the map…</p>,
});

export const MiniMapLoader = dynamic(() => import("./mini-map").then((m) => m.MiniMap), {
  ssr: false,
  loading: () => <div className="app-mini-map app-mini-map--loading" />,
});
