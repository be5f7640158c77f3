// The directory's addresses, built in one place from a filter: the list, the map and the downloads. A filter is
// written back in the registry's order, without defaults, so the same filter is always the same URL.

import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_WITHIN_KM,
  defaultSort,
  EMPTY_FILTER,
  FILTER_PARAMETERS,
  parseParams,
  type ListOptions,
  type PartnershipFilter,
} from "./schema";

/** A filter (and list options) as query parameters, in a stable order: the shareable URL. */
export function toSearchParams(filter: PartnershipFilter, options?: Partial<ListOptions>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMETERS) {
    const value = filter[name];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, item);
    else params.set(name, String(value));
  }
  if (filter.near !== null && filter.withinKm === null) params.set("withinKm", String(DEFAULT_WITHIN_KM));
  if (options?.sort && options.sort !== defaultSort(filter)) params.set("sort", options.sort);
  if (options?.page && options.page !== 1) params.set("page", String(options.page));
  if (options?.pageSize && options.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(options.pageSize));
  return params;
}

export function isEmptyFilter(filter: PartnershipFilter): boolean {
  return toSearchParams(filter).size === 0;
}

/** The directory's list for query parameters. */
export function directoryUrl(params: URLSearchParams): string {
  return params.size === 0 ? "/" : `/?${params}`;
}

/** The directory's list for a filter (only the parameters given; the rest are not set) and list options. */
export function directoryHref(filter: Partial<PartnershipFilter>, options?: Partial<ListOptions>): string {
  return directoryUrl(toSearchParams({ ...EMPTY_FILTER, ...filter }, options));
}

/**
 * A page reached from the directory's list, carrying the list's query in `from`, so that its "Back to the
 * directory" link returns to the same results.
 */
export function fromDirectory(path: string, listQuery: string): string {
  return listQuery === "" ? path : `${path}?${new URLSearchParams({ from: listQuery })}`;
}

/**
 * The list a page was reached from (`from`, as fromDirectory writes it). Only the filter's own parameters are
 * read from it, and the address is rebuilt from them: always the directory, never another site or page.
 */
export function directoryReturnHref(from: string | string[] | undefined): string {
  if (typeof from !== "string" || from === "") return "/";
  const { filter, options } = parseParams(new URLSearchParams(from));
  return directoryHref(filter, options);
}

/**
 * The list of one council's partnerships, from a map of the filter `query`: the council's predecessors count for
 * it as they do on that map (`predecessors=exclude` carried over).
 */
export function councilListHref(gss: string, query: string): string {
  const exclude = new URLSearchParams(query).get("predecessors") === "exclude";
  return directoryHref({ council: [gss], predecessors: exclude ? "exclude" : null });
}

/** The full-screen map of a filter; `hash` is the map's own view state (lib/map/view-state.ts). */
export function mapHref(filter: Partial<PartnershipFilter> = {}, hash = ""): string {
  const params = toSearchParams({ ...EMPTY_FILTER, ...filter });
  return `${params.size === 0 ? "/map" : `/map?${params}`}${hash}`;
}

/** Paging does not apply to downloads (they hold every match); the rest of the query is the filter. */
export function downloadQuery(query: string): string {
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  params.delete("page");
  params.delete("pageSize");
  return params.toString();
}

/** A download of a filter's query string, in the format `path` serves, with its own options (`format=excel`). */
export function downloadHref(path: string, query: string, extra?: Record<string, string>): string {
  const params = new URLSearchParams(downloadQuery(query));
  for (const [name, value] of Object.entries(extra ?? {})) params.set(name, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
