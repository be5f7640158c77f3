// GET /api/councils — every council, searchable and filterable; the shape and the rules are in lib/councils/api.server.
import { councilsListResponse } from "@/lib/councils/api.server";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return councilsListResponse(request);
}
