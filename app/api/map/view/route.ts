import { badParameters, jsonOk } from "@/lib/api/responses";
import { prisma } from "@/lib/db/client.server";
import { parseParams, resolveFilter } from "@/lib/filters/index.server";
import { normaliseBbox } from "@/lib/map/clusters";
import { mapView, viewIndex } from "@/lib/map/view-index.server";
import { parseViewParams } from "@/lib/map/view-params";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/map/view?bbox=west,south,east,north&zoom=z&<filters> — the markers of one view of the map of the
 * directory's filters (clusters with counts where dense, single partnerships where sparse; every partnership of
 * the filter with a point counted once at every zoom) and the partnerships in that view, the first by name.
 */
async function get(request: Request): Promise<Response> {
  const { view, filterParams, problems: viewProblems } = parseViewParams(new URL(request.url).searchParams);
  const { filter, problems } = parseParams(filterParams);
  if (viewProblems.length || problems.length) return badParameters([...viewProblems, ...problems]);
  const { resolved, problems: unresolved } = await resolveFilter(filter);
  if (unresolved.length) return badParameters(unresolved);
  const index = await viewIndex(prisma, resolved);
  return jsonOk(await mapView(prisma, index, normaliseBbox(view!.bbox), view!.zoom));
}

export const GET = apiRoute(get);
