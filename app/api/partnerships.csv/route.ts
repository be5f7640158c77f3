import { CSV_FORMATS } from "@/lib/export/csv";
import { csvChunks } from "@/lib/export/formats";
import { exportFilename } from "@/lib/export/filename";
import { downloadResponse, exportRows, parseExportRequest } from "@/lib/export/request.server";

export const dynamic = "force-dynamic";

/** GET /api/partnerships.csv — every partnership the filter matches, as CSV (?format=excel adds a byte-order mark). */
export async function GET(request: Request): Promise<Response> {
  const parsed = await parseExportRequest(request, [{ name: "format", allowed: CSV_FORMATS, fallback: "csv" }]);
  if (parsed instanceof Response) return parsed;
  const format = parsed.options.format as (typeof CSV_FORMATS)[number];
  return downloadResponse(
    csvChunks(exportRows(parsed), format, parsed.context),
    "text/csv; charset=utf-8; header=present",
    exportFilename(parsed.filter, "csv"),
  );
}
