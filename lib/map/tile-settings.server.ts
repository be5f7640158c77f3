import "server-only";

import type { TileSettings } from "./types";

/**
 * The tile layer configured by `MAP_TILE_URL` (a `{z}/{x}/{y}` template) and `MAP_TILE_ATTRIBUTION`; none by
 * default, so the map makes no third-party requests.
 */
export function tileSettings(env: NodeJS.ProcessEnv = process.env): TileSettings | null {
  const url = env.MAP_TILE_URL?.trim();
  if (!url || !/^https?:\/\/|^\//.test(url) || !url.includes("{z}")) return null;
  return { url, attribution: env.MAP_TILE_ATTRIBUTION?.trim() || "Map tiles by the configured provider" };
}
