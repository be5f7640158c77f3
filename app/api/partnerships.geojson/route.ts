import { GEOMETRIES, type Geometry, geojsonChunks } from "@/lib/data-exchange/formats";
import { exportFilename } from "@/lib/data-exchange/filename";
import { badParameters, downloadResponse } from "@/lib/api/responses";
import { exportRows, parseExportRequest } from "@/lib/data-exchange/request.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/partnerships.geojson — every partnership the filter matches as an RFC 7946 FeatureCollection: a
 * Point per partnership, or with ?geometry=links a LineString per membership (centre to member).
 */
async function get(request: Request): Promise<Response> {
  const parsed = await parseExportRequest(request, [{ name: "geometry", allowed: GEOMETRIES, fallback: "points" }]);
  if (!parsed.ok) return badParameters(parsed.problems);
  const geometry = parsed.request.options.geometry as Geometry;
  return downloadResponse(
    geojsonChunks(exportRows(parsed.request), geometry, parsed.request.context),
    "application/geo+json; charset=utf-8",
    exportFilename(parsed.request.filter, "geojson"),
  );
}

export const GET = apiRoute(get);
