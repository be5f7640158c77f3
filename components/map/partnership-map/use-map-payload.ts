"use client";

import { useEffect, useState } from "react";
import { decodeMapPayload, type MapPayload } from "@/lib/map/payload";
import type { MapData } from "@/lib/map/types";
import { loadBoundaries, type Boundaries } from "../base-map";

/**
 * The base map's boundaries and the filter's partnerships, loaded in parallel; `failure` says what went wrong.
 * `onLoaded` (kept stable by the caller) hears of the partnerships once they have arrived.
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
