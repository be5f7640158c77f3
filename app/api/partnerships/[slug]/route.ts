import { jsonError, jsonOk } from "@/lib/api/responses";
import { partnershipJson } from "@/lib/partnerships/api";
import { getPartnership } from "@/lib/partnerships/index.server";
import { SLUG_PATTERN } from "@/lib/vocabulary";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** GET /api/partnerships/{slug} — one partnership in full. */
async function get(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (slug.length > 200 || !SLUG_PATTERN.test(slug)) {
    return jsonError(400, {
      message: "slug must be lower-case words joined by hyphens, e.g. one-legal",
      parameter: "slug",
    });
  }
  const detail = await getPartnership(slug);
  if (!detail) return jsonError(404, { message: `No partnership has the slug "${slug}"` });
  return jsonOk(partnershipJson(detail));
}

export const GET = apiRoute(get);
