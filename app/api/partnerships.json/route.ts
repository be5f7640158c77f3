import { jsonChunks } from "@/lib/export/formats";
import { exportFilename } from "@/lib/export/filename";
import { downloadResponse, exportRows, parseExportRequest } from "@/lib/export/request.server";

export const dynamic = "force-dynamic";

/** GET /api/partnerships.json — every partnership the filter matches, in the list API's item shape, unpaginated. */
export async function GET(request: Request): Promise<Response> {
  const parsed = await parseExportRequest(request);
  if (parsed instanceof Response) return parsed;
  return downloadResponse(
    jsonChunks(exportRows(parsed)),
    "application/json; charset=utf-8",
    exportFilename(parsed.filter, "json"),
  );
}
