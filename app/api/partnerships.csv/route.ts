import { CSV_FORMATS } from "@/lib/data-exchange/csv";
import { csvChunks } from "@/lib/data-exchange/formats";
import { exportFilename } from "@/lib/data-exchange/filename";
import { badParameters, downloadResponse } from "@/lib/api/responses";
import { exportRows, parseExportRequest } from "@/lib/data-exchange/request.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** GET /api/partnerships.csv — every partnership the filter matches, as CSV (?format=excel adds a byte-order mark). */
async function get(request: Request): Promise<Response> {
  const parsed = await parseExportRequest(request, [{ name: "format", allowed: CSV_FORMATS, fallback: "csv" }], {
    columns: true,
  });
  if (!parsed.ok) return badParameters(parsed.problems);
  const format = parsed.request.options.format as (typeof CSV_FORMATS)[number];
  return downloadResponse(
    csvChunks(exportRows(parsed.request), format, parsed.request.context, parsed.request.columns ?? undefined),
    "text/csv; charset=utf-8; header=present",
    exportFilename(parsed.request.filter, "csv"),
  );
}

export const GET = apiRoute(get);
