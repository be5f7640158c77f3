import "server-only";

// A page or download of "any filter" that is not the list itself (insights, their CSV tables, the Atom feed, the
// embedded map): the URL parsed by the one filter schema without the list's paging, the filter resolved, the
// problems found on the way, and the labels that word it. Cached per request.

import { cache } from "react";
import { councilNamesByCode } from "@/lib/councils/index.server";
import { parseParams, resolveFilter, type FilterProblem, type PartnershipFilter } from "@/lib/filters/index.server";
import { facetLabels, type FilterLabels } from "@/lib/filters/labels";
import type { ResolvedFilter } from "@/lib/filters/sql";
import { vocabularyFacets } from "@/lib/insights/vocabulary.server";

export type FilteredPage = {
  filter: PartnershipFilter;
  resolved: ResolvedFilter;
  problems: FilterProblem[];
  labels: FilterLabels;
};

export type PageSearchParams = Record<string, string | string[] | undefined>;

export function urlParamsOf(searchParams: PageSearchParams | URLSearchParams): URLSearchParams {
  if (searchParams instanceof URLSearchParams) return searchParams;
  const params = new URLSearchParams();
  for (const name of Object.keys(searchParams).sort()) {
    const value = searchParams[name];
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, item);
  }
  return params;
}

const filteredQuery = cache(async (query: string, ignored: string): Promise<FilteredPage> => {
  const params = new URLSearchParams(query);
  for (const name of ignored.split(",").filter(Boolean)) params.delete(name);
  const parsed = parseParams(params, { listParameters: false });
  const { resolved, problems } = await resolveFilter(parsed.filter);
  const [facets, councils] = await Promise.all([
    vocabularyFacets(),
    councilNamesByCode([
      ...new Set([...resolved.filter.council, ...(resolved.filter.near ? [resolved.filter.near] : [])]),
    ]),
  ]);
  return {
    filter: resolved.filter,
    resolved,
    problems: [...parsed.problems, ...problems],
    labels: { facets: facetLabels(facets), councils },
  };
});

/**
 * The filter of a page's URL. `ignored` names parameters the page takes for itself (or, as the list's own sort and
 * page, that do not change what is shown) and are not reported as unknown.
 */
export function filteredPage(
  searchParams: PageSearchParams | URLSearchParams,
  ignored: readonly string[] = ["sort", "page", "pageSize"],
): Promise<FilteredPage> {
  return filteredQuery(urlParamsOf(searchParams).toString(), ignored.join(","));
}
