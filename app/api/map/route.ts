import { badParameters, jsonOk } from "@/lib/api/responses";
import { prisma } from "@/lib/db/client.server";
import { parseParams, resolveFilter } from "@/lib/filters/index.server";
import { encodeMapPayload } from "@/lib/map/payload";
import { viewIndex } from "@/lib/map/view-index.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/map — the map's summary of the directory's filters: the total, the partnerships without a point, the
 * extent of the rest, and per council the counts and savings the choropleth colours by. The markers come by view
 * from /api/map/view. `sort`, `page` and `pageSize` are accepted (a directory URL works as is) and ignored.
 */
async function get(request: Request): Promise<Response> {
  const { filter, problems } = parseParams(new URL(request.url).searchParams);
  if (problems.length) return badParameters(problems);
  const { resolved, problems: unresolved } = await resolveFilter(filter);
  if (unresolved.length) return badParameters(unresolved);
  const { total, unlocated, bounds, services, models, councils } = await viewIndex(prisma, resolved);
  return jsonOk(encodeMapPayload({ total, unlocated, bounds, services, models, councils }));
}

export const GET = apiRoute(get);
