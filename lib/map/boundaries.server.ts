import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";
import { BOUNDARY_BANDS, type BoundaryBand, simplifyTopology } from "./boundary-bands";
import { ifNoneMatchMatches } from "@/lib/http/cache-policy";
import { BOUNDARIES_SOURCE, boundariesVersion } from "./boundaries-version";

/**
 * Layers the map draws: nations, English regions, and council areas of every tier and vintage (abolished
 * councils still appear in ended partnerships). The UK outline and combined-authority layers repeat arcs
 * already held and are left out.
 */
export const BOUNDARY_LAYERS = ["ctry", "rgn", "cty", "utla", "ltla"] as const;

interface Topology {
  type: "Topology";
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, unknown>;
}

let source: Topology | null = null;
const bands = new Map<BoundaryBand, string>();

function baseTopology(): Topology {
  if (source) return source;
  const topology = JSON.parse(readFileSync(path.join(process.cwd(), BOUNDARIES_SOURCE), "utf8")) as Topology;
  const objects: Record<string, unknown> = {};
  for (const layer of BOUNDARY_LAYERS) if (topology.objects[layer]) objects[layer] = topology.objects[layer];
  source = { ...topology, objects };
  return source;
}

/** The version this server serves (the one the browser was built with, unless the boundaries changed since). */
let version: string | null = null;
export function servedBoundariesVersion(): string {
  version ??= boundariesVersion();
  return version;
}

/**
 * A band's TopoJSON, made once per process. The web server compresses it once, at the highest settings, and
 * keeps the result (lib/http/compress-response.ts).
 */
export function boundaryBandFile(band: BoundaryBand): string {
  let file = bands.get(band);
  if (file === undefined) {
    const { toleranceDegrees } = BOUNDARY_BANDS.find(({ name }) => name === band)!;
    file = JSON.stringify(simplifyTopology(baseTopology(), toleranceDegrees));
    bands.set(band, file);
  }
  return file;
}

/** A band's answer: the file, or 304 when the client holds this version already. */
export function boundaryFileResponse(request: Request, band: BoundaryBand, cacheControl: string): Response {
  const etag = `"${band}.${servedBoundariesVersion()}"`;
  const headers = { "Cache-Control": cacheControl, ETag: etag };
  if (ifNoneMatchMatches(request.headers.get("if-none-match") ?? undefined, etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(boundaryBandFile(band), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}
