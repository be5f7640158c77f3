// Addresses of the insight pages, from a filter written as the directory writes it (lib/filters/urls.ts).

import type { PartnershipFilter } from "@/lib/filters/schema";
import { toSearchParams } from "@/lib/filters/urls";

/** The insights of a filter. */
export function insightsHref(filter: PartnershipFilter): string {
  const params = toSearchParams(filter);
  return params.size === 0 ? "/insights" : `/insights?${params}`;
}

/** The CSV of one insight chart's table, for a filter's query string. */
export function insightCsvHref(chart: string, query: string): string {
  return `/insights/${chart}.csv${query ? `?${query}` : ""}`;
}
