// The map's payload with named fields, as the server builds it and the browser reads it. On the wire (GET
// /api/map) it travels as tuples (types.ts), to keep 100k partnerships to a few megabytes: encoded once on the
// server, decoded once in the browser, and nowhere else read by position.

import type { MapCouncilRow, MapData, MapPartnershipRow } from "./types";

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

export interface MapPartnership {
  slug: string;
  name: string;
  /** The centre of its member councils; null when none has a recorded point. */
  latitude: number | null;
  longitude: number | null;
  /** Index into `models`. */
  model: number;
  /** Indexes into `services`. */
  services: number[];
  /** Indexes into `councils`: its member councils. */
  councils: number[];
  annualisedGbp: number | null;
}

export interface MapPayload {
  /** Every matching partnership, as `total` in /api/partnerships. */
  total: number;
  services: { slug: string; label: string }[];
  models: { slug: string; label: string }[];
  /** Only the councils the partnerships involve, each once. */
  councils: MapCouncil[];
  partnerships: MapPartnership[];
}

export function encodeMapPayload(payload: MapPayload): MapData {
  return {
    total: payload.total,
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
    partnerships: payload.partnerships.map((p): MapPartnershipRow => [
      p.slug,
      p.name,
      p.latitude,
      p.longitude,
      p.model,
      p.services,
      p.councils,
      p.annualisedGbp,
    ]),
  };
}

export function decodeMapPayload(data: MapData): MapPayload {
  return {
    total: data.total,
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
    partnerships: data.partnerships.map(
      ([slug, name, latitude, longitude, model, services, councils, annualisedGbp]) => ({
        slug,
        name,
        latitude,
        longitude,
        model,
        services,
        councils,
        annualisedGbp,
      }),
    ),
  };
}
