import { GEOMETRIES, type Geometry, geojsonChunks } from "@/lib/export/formats";
import { exportFilename } from "@/lib/export/filename";
import { downloadResponse, exportRows, parseExportRequest } from "@/lib/export/request.server";

export const dynamic = "force-dynamic";

/**
 * GET /api/partnerships.geojson — every partnership the filter matches as an RFC 7946 FeatureCollection: a
 * Point per partnership, or with ?geometry=links a LineString per membership (centre to member).
 */
export async function GET(request: Request): Promise<Response> {
  const parsed = await parseExportRequest(request, [{ name: "geometry", allowed: GEOMETRIES, fallback: "points" }]);
  if (parsed instanceof Response) return parsed;
  const geometry = parsed.options.geometry as Geometry;
  return downloadResponse(
    geojsonChunks(exportRows(parsed), geometry, parsed.context),
    "application/geo+json; charset=utf-8",
    exportFilename(parsed.filter, "geojson"),
  );
}
