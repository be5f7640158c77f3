import { jsonError } from "@/lib/api/responses";
import { boundaryFileResponse, servedBoundariesVersion } from "@/lib/map/boundaries.server";
import { BOUNDARY_BANDS, boundaryBandUrl, isBoundaryBand } from "@/lib/map/boundary-bands";

export const dynamic = "force-dynamic";

const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * GET /api/boundaries/{band}.{version}.json — one zoom band of the base map (lib/map/boundary-bands.ts). The
 * address names the content, so it is cached for good; an address of another version answers 404 naming the
 * current one.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const current = servedBoundariesVersion();
  const [, band = "", version = ""] = /^([a-z]+)\.([0-9a-f]+)\.json$/.exec(file) ?? [];
  if (!isBoundaryBand(band)) {
    return jsonError(404, {
      message: `No boundaries at ${file.slice(0, 60)}: the bands are ${BOUNDARY_BANDS.map(({ name }) => boundaryBandUrl(name, current)).join(", ")}`,
    });
  }
  if (version !== current) {
    return jsonError(404, {
      message: `These boundaries are not served any more: the current ${band} band is at ${boundaryBandUrl(band, current)}`,
    });
  }
  return boundaryFileResponse(request, band, IMMUTABLE);
}
