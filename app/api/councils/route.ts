// GET /api/councils?q=&type=&region=&nation=&status=&page=&pageSize= — every council, searchable and filterable.
import { badParameters, jsonOk } from "@/lib/api/responses";
import { searchCouncils } from "@/lib/councils/index.server";
import { councilSummaryJson } from "@/lib/councils/json";
import { parseCouncilQuery } from "@/lib/councils/params";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

async function get(request: Request): Promise<Response> {
  const { query, problems } = parseCouncilQuery(new URL(request.url).searchParams);
  if (problems.length) return badParameters(problems);
  const result = await searchCouncils(query);
  return jsonOk({
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    items: result.items.map(councilSummaryJson),
  });
}

export const GET = apiRoute(get);
