// GET /api/councils/{gss} — one council with its partnerships and neighbours.
//
// A former GSS code answers 200 with the current council (lib/councils/json.ts) and a `Link: <…>; rel="canonical"`
// header: one request gives clients the data and tells them which code to store, where a redirect would not. An
// abolished council's own code answers with that council (`current: false`) and its `successors`.
import { jsonError, jsonOk } from "@/lib/api/responses";
import { councilNeighbourhood, getCouncil, partnershipsOfCouncil } from "@/lib/councils/index.server";
import { councilDetailJson } from "@/lib/councils/json";
import { isGssCode } from "@/lib/vocabulary";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

async function get(request: Request, { params }: { params: Promise<{ gss: string }> }): Promise<Response> {
  // Any query parameter is an error, so that a typo never passes for a filter.
  const unexpected = [...new URL(request.url).searchParams.keys()][0];
  if (unexpected !== undefined) {
    return jsonError(400, {
      message: `${unexpected.slice(0, 40)} is not a parameter here: a council is addressed by its GSS code alone`,
      parameter: unexpected.slice(0, 40),
      allowed: [],
    });
  }
  const requested = (await params).gss.trim().toUpperCase();
  if (!isGssCode(requested)) {
    return jsonError(400, {
      message: "gss must be a GSS code: E, N, S or W and eight digits, such as E07000078",
      parameter: "gss",
    });
  }
  const found = await getCouncil(requested);
  if (!found) return jsonError(404, { message: `No council has the GSS code ${requested}` });
  const { council } = found;
  const [partnerships, neighbourhood] = await Promise.all([
    partnershipsOfCouncil(council.id),
    councilNeighbourhood(council),
  ]);
  const headers: Record<string, string> = {};
  if (council.gss && council.gss !== requested) headers.Link = `</api/councils/${council.gss}>; rel="canonical"`;
  return jsonOk(councilDetailJson(council, requested, partnerships, neighbourhood), { headers });
}

export const GET = apiRoute(get);
