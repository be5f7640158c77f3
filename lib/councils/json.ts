// The councils JSON API's shapes: an item of GET /api/councils and the body of GET /api/councils/{gss}.
//
// A former GSS code (one a current council used to have, e.g. St Albans' E07000100) answers with the current
// council: `gss` is the current code, `canonicalGss` repeats it and `requestedGss` is the code asked for.
import type { CouncilNeighbourhood } from "./neighbours.server";
import type { CouncilDetail, CouncilPartnership, CouncilRef, CouncilSummary, NearbyCouncil } from "./types";

const councilUrl = (gss: string) => `/councils/${gss}`;
const partnershipUrl = (slug: string) => `/partnerships/${slug}`;

/** What kind of council, and where. */
const kindJson = (council: CouncilSummary | CouncilDetail) => ({
  officialName: council.officialName,
  type: council.councilType,
  tier: council.tier,
  nation: council.nation,
  region: council.region,
});

/** One item of GET /api/councils. */
export function councilSummaryJson(council: CouncilSummary) {
  return {
    gss: council.gss,
    name: council.name,
    ...kindJson(council),
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

/** A council near another, or like it: who it is, then (after anything else) how far and where. */
const neighbourJson = (council: NearbyCouncil) => ({ gss: council.gss, name: council.name, type: council.councilType });
const distanceJson = (council: NearbyCouncil) => ({
  distanceKm: Math.round(council.distanceKm * 10) / 10,
  url: councilUrl(council.gss),
});

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
    ...kindJson(council),
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
      viaPredecessors: partnership.viaPredecessors,
    })),
    nearest: neighbourhood.nearest.map((near) => ({ ...neighbourJson(near), ...distanceJson(near) })),
    like: neighbourhood.like.map((like) => ({
      ...neighbourJson(like),
      population: like.population,
      ...distanceJson(like),
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
