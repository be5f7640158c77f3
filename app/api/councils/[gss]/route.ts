// GET /api/councils/{gss} — one council with its partnerships and neighbours. A former code answers with the
// current council and a canonicalGss field (see lib/councils/api.server).
import { councilDetailResponse } from "@/lib/councils/api.server";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ gss: string }> }): Promise<Response> {
  return councilDetailResponse(request, (await params).gss);
}
