import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";

/** The ONS boundaries the base map is drawn from (OGL v3.0; contains OS data). */
const SOURCE = path.join(process.cwd(), "seed-data", "boundaries", "ons_uk_topo_2014_2025.json");

/**
 * Layers the map draws: nations, English regions, and council areas of every tier and vintage (abolished
 * councils still appear in ended partnerships). The UK outline and combined-authority layers repeat arcs
 * already held and are left out.
 */
export const BOUNDARY_LAYERS = ["ctry", "rgn", "cty", "utla", "ltla"] as const;

interface Topology {
  type: "Topology";
  objects: Record<string, unknown>;
  [key: string]: unknown;
}

let cached: string | null = null;

/** The compact TopoJSON served at /api/boundaries (~680 KB, ~215 KB gzipped), built once per process. */
export function baseMapTopology(): string {
  if (cached) return cached;
  const topology = JSON.parse(readFileSync(SOURCE, "utf8")) as Topology;
  const objects: Record<string, unknown> = {};
  for (const layer of BOUNDARY_LAYERS) if (topology.objects[layer]) objects[layer] = topology.objects[layer];
  cached = JSON.stringify({ ...topology, objects });
  return cached;
}
