// The map's summary of a filter with named fields, as the server builds it and the browser reads it. On the wire
// (GET /api/map) councils travel as tuples (types.ts): encoded once on the server, decoded once in the browser,
// and nowhere else read by position.

import type { MapCouncilRow, MapData } from "./types";

export interface MapCouncil {
  gss: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  formerGssCodes: string[];
  /** Partnerships of the filter the council is a member of. */
  partnerships: number;
  /** Their summed annualised savings; null when none reports any. */
  savingsGbp: number | null;
}

export interface MapPayload {
  /** Every matching partnership, as `total` in /api/partnerships. */
  total: number;
  unlocated: number;
  bounds: [number, number, number, number] | null;
  services: { slug: string; label: string }[];
  models: { slug: string; label: string }[];
  /** Only the councils the partnerships involve, each once. */
  councils: MapCouncil[];
}

export function encodeMapPayload(payload: MapPayload): MapData {
  return {
    total: payload.total,
    unlocated: payload.unlocated,
    bounds: payload.bounds,
    services: payload.services.map(({ slug, label }) => [slug, label]),
    models: payload.models.map(({ slug, label }) => [slug, label]),
    councils: payload.councils.map((c): MapCouncilRow => [
      c.gss,
      c.name,
      c.latitude,
      c.longitude,
      c.formerGssCodes,
      c.partnerships,
      c.savingsGbp,
    ]),
  };
}

export function decodeMapPayload(data: MapData): MapPayload {
  return {
    total: data.total,
    unlocated: data.unlocated,
    bounds: data.bounds,
    services: data.services.map(([slug, label]) => ({ slug, label })),
    models: data.models.map(([slug, label]) => ({ slug, label })),
    councils: data.councils.map(([gss, name, latitude, longitude, formerGssCodes, partnerships, savingsGbp]) => ({
      gss,
      name,
      latitude,
      longitude,
      formerGssCodes,
      partnerships,
      savingsGbp,
    })),
  };
}
