import { boundaryFileResponse } from "@/lib/map/boundaries.server";

export const dynamic = "force-dynamic";

/**
 * GET /api/boundaries — the map's base layers as TopoJSON at full detail, at a fixed address (cached a week).
 * The map itself loads the zoom bands at their content-named addresses: /api/boundaries/{band}.{version}.json.
 */
export function GET(request: Request): Response {
  return boundaryFileResponse(request, "full", "public, max-age=604800, stale-while-revalidate=2592000");
}
