/** The Atom feed of a filter's query parameters (written as the directory writes them). */
export function feedHref(params: URLSearchParams): string {
  return params.size === 0 ? "/feeds/partnerships.atom" : `/feeds/partnerships.atom?${params}`;
}
