import { jsonChunks } from "@/lib/data-exchange/formats";
import { exportFilename } from "@/lib/data-exchange/filename";
import { badParameters, downloadResponse } from "@/lib/api/responses";
import { exportRows, parseExportRequest } from "@/lib/data-exchange/request.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** GET /api/partnerships.json — every partnership the filter matches, in the list API's item shape, unpaginated. */
async function get(request: Request): Promise<Response> {
  const parsed = await parseExportRequest(request, [], { columns: true });
  if (!parsed.ok) return badParameters(parsed.problems);
  return downloadResponse(
    jsonChunks(
      exportRows(parsed.request),
      parsed.request.context,
      parsed.request.columns && { columns: parsed.request.columns, context: parsed.request.context },
    ),
    "application/json; charset=utf-8",
    exportFilename(parsed.request.filter, "json"),
  );
}

export const GET = apiRoute(get);
