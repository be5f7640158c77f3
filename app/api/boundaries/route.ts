import { precompressedResponse } from "@/lib/http/precompressed";
import { boundaryBandFile, servedBoundariesVersion } from "@/lib/map/boundaries.server";

export const dynamic = "force-dynamic";

/**
 * GET /api/boundaries — the map's base layers as TopoJSON at full detail, at a fixed address (cached a week).
 * The map itself loads the zoom bands at their content-named addresses: /api/boundaries/{band}.{version}.json.
 */
export async function GET(request: Request): Promise<Response> {
  return precompressedResponse(request, await boundaryBandFile("full"), {
    contentType: "application/json; charset=utf-8",
    cacheControl: "public, max-age=604800, stale-while-revalidate=2592000",
    etag: `full.${servedBoundariesVersion()}`,
  });
}
