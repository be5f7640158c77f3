import "server-only";

// What the directory page (and its title) show for one URL: the URL parsed by the one filter schema, the search,
// every problem found on the way, and the labels the page needs. Cached per request, so the title and the page
// share one search.

import { cache } from "react";
import { councilNamesByCode, councilOptions } from "@/lib/councils/index.server";
import {
  filterProblem,
  parseParams,
  searchPartnerships,
  type FilterProblem,
  type ListOptions,
  type PartnershipFilter,
  type SearchResult,
} from "@/lib/filters/index.server";
import { readCouncilNames } from "@/lib/filters/council-names.server";
import { facetLabels, type FilterLabels } from "@/lib/filters/labels";
import { formatCount, pluralise } from "@/lib/format";
import { lastPage } from "@/lib/query-params/paging";

export type PageSearchParams = Record<string, string | string[] | undefined>;

export type DirectorySearch = {
  /**
   * The URL's own values, for the text boxes (a mistyped value stays to be corrected); council names the search
   * understood are given as their codes.
   */
  raw: URLSearchParams;
  /** Council names were turned into codes: the URL with the codes is the one to show. */
  namesReplaced: boolean;
  /** The filter that ran: the URL's valid parts. */
  filter: PartnershipFilter;
  options: ListOptions;
  result: SearchResult;
  problems: FilterProblem[];
  labels: FilterLabels;
};

function toUrlParams(searchParams: PageSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(searchParams).sort()) {
    const value = searchParams[name];
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, item);
  }
  return params;
}

/** Every council's code and name: the council pickers' list, and the names on the council tags. */
export const allCouncils = cache(councilOptions);

/** Council names for the codes in the filter; a former code by its council's name. */
function councilNames(filter: PartnershipFilter): Promise<Map<string, string>> {
  return councilNamesByCode([...new Set([...filter.council, ...(filter.near ? [filter.near] : [])])]);
}

const searchQuery = cache(async (query: string): Promise<DirectorySearch> => {
  const names = await readCouncilNames(new URLSearchParams(query));
  const parsed = parseParams(names.params);
  const searched = await searchPartnerships(parsed.filter, parsed.options);
  const { result } = searched;
  // A distance without its council is already said by the council's own problem.
  const nearUnknown = names.problems.some((problem) => problem.parameter === "near");
  const problems = [
    ...names.problems,
    ...parsed.problems.filter((problem) => !(nearUnknown && problem.parameter === "withinKm")),
    ...searched.problems,
  ];
  const last = lastPage(result.total, result.pageSize);
  if (parsed.options.page > last) {
    problems.push(
      filterProblem(
        "page",
        () => `There is no page ${formatCount(parsed.options.page)}: the list has ${pluralise(last, "page")}`,
      ),
    );
  }
  return {
    raw: names.shown,
    namesReplaced: names.replaced && names.problems.length === 0,
    filter: searched.filter,
    options: parsed.options,
    result,
    problems,
    labels: { facets: facetLabels(result.facets), councils: await councilNames(searched.filter) },
  };
});

export function searchDirectory(searchParams: PageSearchParams): Promise<DirectorySearch> {
  return searchQuery(toUrlParams(searchParams).toString());
}
