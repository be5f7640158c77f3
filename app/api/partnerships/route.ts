import { badParameters, jsonOk } from "@/lib/api/responses";
import { parseParams, searchPartnerships } from "@/lib/filters/index.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** GET /api/partnerships — the directory's filters, paginated, with facet counts and totals. */
async function get(request: Request): Promise<Response> {
  const { filter, options, problems } = parseParams(new URL(request.url).searchParams);
  if (problems.length) return badParameters(problems);
  const { result, problems: unresolved } = await searchPartnerships(filter, options);
  if (unresolved.length) return badParameters(unresolved);
  return jsonOk(result);
}

export const GET = apiRoute(get);
