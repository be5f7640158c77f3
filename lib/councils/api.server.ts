import "server-only";

// The councils JSON API: what GET /api/councils and GET /api/councils/{gss} answer. The route handlers only pass
// the request in; parsing, reads and the response shape live here.
//
// A former GSS code (one a current council used to have, e.g. St Albans' E07000100) answers 200 with the current
// council: `gss` is the current code, `canonicalGss` repeats it and `requestedGss` is the code asked for, with a
// `Link: <…>; rel="canonical"` header. We answer rather than redirect so that one request gives clients the data
// and tells them which code to store. An abolished council's own code answers with that council (`current: false`)
// and its `successors`.
import { badParameters, jsonError, jsonOk } from "@/lib/api/responses";
import { councilNeighbourhood, type CouncilNeighbourhood } from "./neighbours.server";
import { isGssCode } from "@/lib/vocabulary";
import { parseCouncilQuery } from "./params";
import { getCouncil, partnershipsOfCouncil } from "./queries.server";
import { searchCouncils } from "./search.server";
import type { CouncilDetail, CouncilPartnership, CouncilRef, CouncilSummary } from "./types";

const councilUrl = (gss: string) => `/councils/${gss}`;
const partnershipUrl = (slug: string) => `/partnerships/${slug}`;

/** One item of GET /api/councils. */
export function councilSummaryJson(council: CouncilSummary) {
  return {
    gss: council.gss,
    name: council.name,
    officialName: council.officialName,
    type: council.councilType,
    tier: council.tier,
    nation: council.nation,
    region: council.region,
    current: council.current,
    abolishedOn: council.abolishedOn,
    formerGssCodes: council.formerGssCodes,
    successorGss: council.successors.map((successor) => successor.gss),
    latitude: council.latitude,
    longitude: council.longitude,
    population: council.population,
    partnerships: council.partnershipCount,
    url: council.gss ? councilUrl(council.gss) : null,
  };
}

/** GET /api/councils?q=&type=&region=&nation=&status=&page=&pageSize= */
export async function councilsListResponse(request: Request): Promise<Response> {
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

const refJson = (council: Pick<CouncilRef, "gss" | "name">) => ({
  gss: council.gss,
  name: council.name,
  url: council.gss ? councilUrl(council.gss) : null,
});

export function councilDetailJson(
  council: CouncilDetail,
  requestedGss: string,
  partnerships: CouncilPartnership[],
  neighbourhood: CouncilNeighbourhood,
) {
  return {
    gss: council.gss,
    canonicalGss: council.gss,
    requestedGss,
    name: council.name,
    officialName: council.officialName,
    type: council.councilType,
    tier: council.tier,
    nation: council.nation,
    region: council.region,
    current: !council.abolished,
    startedOn: council.startedOn,
    abolishedOn: council.abolishedOn,
    formerGssCodes: council.formerGssCodes,
    successorGss: council.successors.flatMap((successor) => (successor.gss ? [successor.gss] : [])),
    successors: council.successors.map(refJson),
    predecessors: council.predecessors.map(refJson),
    county: council.county ? refJson(council.county) : null,
    latitude: council.latitude,
    longitude: council.longitude,
    population: council.population,
    homepageUrl: council.homepageUrl,
    url: council.gss ? councilUrl(council.gss) : null,
    partnerships: partnerships.map((partnership) => ({
      slug: partnership.slug,
      name: partnership.name,
      role: partnership.role,
      url: partnershipUrl(partnership.slug),
    })),
    nearest: neighbourhood.nearest.map((near) => ({
      gss: near.gss,
      name: near.name,
      type: near.councilType,
      distanceKm: Math.round(near.distanceKm * 10) / 10,
      url: councilUrl(near.gss),
    })),
    like: neighbourhood.like.map((like) => ({
      gss: like.gss,
      name: like.name,
      type: like.councilType,
      population: like.population,
      distanceKm: Math.round(like.distanceKm * 10) / 10,
      url: councilUrl(like.gss),
    })),
    partnershipsForUnsharedServices: neighbourhood.unshared.map((group) => ({
      service: group.serviceArea.slug,
      label: group.serviceArea.label,
      partnerships: group.partnerships.map((partnership) => ({
        slug: partnership.slug,
        name: partnership.name,
        url: partnershipUrl(partnership.slug),
        councils: partnership.councils.map((council) => council.gss),
      })),
    })),
  };
}

/** GET /api/councils/{gss}: any query parameter is an error, so that a typo never passes for a filter. */
export async function councilDetailResponse(request: Request, rawGss: string): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const unexpected = [...params.keys()][0];
  if (unexpected !== undefined) {
    return jsonError(400, {
      message: `${unexpected.slice(0, 40)} is not a parameter here: a council is addressed by its GSS code alone`,
      parameter: unexpected.slice(0, 40),
      allowed: [],
    });
  }
  const requested = rawGss.trim().toUpperCase();
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
