import { jsonError } from "@/lib/api/responses";
import { comparisonCsv } from "@/lib/partnerships/compare";
import { comparison } from "@/lib/partnerships/compare.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** GET /compare.csv?slug=a&slug=b — the comparison as CSV: a row per thing compared, a column per partnership. */
async function get(request: Request): Promise<Response> {
  const compared = await comparison(new URL(request.url).searchParams);
  if (!compared.ok) return jsonError(400, { message: compared.message, parameter: "slug" });
  const name = compared.partnerships
    .map((p) => p.slug)
    .join("-vs-")
    .slice(0, 120);
  return new Response(comparisonCsv(compared.partnerships), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="compare-${name}.csv"`,
      "Cache-Control": "public, max-age=60",
    },
  });
}

export const GET = apiRoute(get);
