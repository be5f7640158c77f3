import { badParameters, jsonOk } from "@/lib/api/responses";
import { parseParams, resolveFilter } from "@/lib/filters/index.server";
import { mapData } from "@/lib/map/map-data.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/map — every partnership of the directory's filters, compact, for the map: centre, member councils,
 * services, model, annualised savings; and per council the counts the choropleth colours by. `sort`, `page` and
 * `pageSize` are accepted (a directory URL works as is) and ignored: the map shows the whole result set.
 */
async function get(request: Request): Promise<Response> {
  const { filter, problems } = parseParams(new URL(request.url).searchParams);
  if (problems.length) return badParameters(problems);
  const { resolved, problems: unresolved } = await resolveFilter(filter);
  if (unresolved.length) return badParameters(unresolved);
  return jsonOk(await mapData(resolved));
}

export const GET = apiRoute(get);
