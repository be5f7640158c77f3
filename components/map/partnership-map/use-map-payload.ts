"use client";

import { useEffect, useState } from "react";
import { decodeMapPayload, type MapPayload } from "@/lib/map/payload";
import type { MapData } from "@/lib/map/types";
import { loadBoundaries, type Boundaries } from "../base-map";

/**
 * The base map's boundaries and the filter's map summary (total, extent, per-council counts), loaded in parallel;
 * `failure` says what went wrong. `onLoaded` (kept stable by the caller) hears of the summary once it arrives.
 */
export function useMapPayload(query: string, onLoaded: (payload: MapPayload) => void) {
  const [payload, setPayload] = useState<MapPayload | null>(null);
  const [boundaries, setBoundaries] = useState<Boundaries | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    loadBoundaries()
      .then((loaded) => current && setBoundaries(loaded))
      .catch((error: Error) => current && setFailure(error.message));
    fetch(`/api/map${query ? `?${query}` : ""}`)
      .then(async (response) => {
        if (!response.ok) throw new Error(`The partnerships could not be loaded (${response.status}).`);
        return decodeMapPayload((await response.json()) as MapData);
      })
      .then((loaded) => {
        if (!current) return;
        setPayload(loaded);
        onLoaded(loaded);
      })
      .catch((error: Error) => current && setFailure(error.message));
    return () => {
      current = false;
    };
  }, [query, onLoaded]);

  return { payload, boundaries, failure };
}

/** What the selection panel and overlay show of a selected partnership: its page's API entry. */
export interface Selection {
  slug: string;
  name: string;
  modelType: string;
  serviceAreas: string[];
  annualisedSavingsGbp: number | null;
  members: { gss: string | null; name: string; kind: string }[];
}

/** The selected partnership's entry, fetched when it is chosen (null while it loads or when none is). */
export function useSelection(slug: string | null, onMissing: () => void): Selection | null {
  const [selection, setSelection] = useState<Selection | null>(null);
  useEffect(() => {
    if (!slug) return;
    let current = true;
    fetch(`/api/partnerships/${encodeURIComponent(slug)}`)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        return (await response.json()) as Selection;
      })
      .then((loaded) => current && setSelection(loaded))
      .catch(() => current && onMissing());
    return () => {
      current = false;
      setSelection(null);
    };
  }, [slug, onMissing]);
  return selection && selection.slug === slug ? selection : null;
}
