// The page title for a filter, so a tab, a bookmark or a browser history entry says which slice it holds:
// "Waste & environment in South West – 12 partnerships". Each parameter's wording is its registry entry's.

import type { FilterLabels } from "@/lib/filters/labels";
import {
  FILTER_PARAMETER_SPECS,
  TITLE_ORDER,
  inOrder,
  withinPhrase,
  type PartnershipFilter,
} from "@/lib/filters/schema";
import { isEmptyFilter } from "@/lib/filters/urls";
import { formatCount, pluralise } from "@/lib/format";

/** The filter in a phrase: "Waste & environment in South West", "Partnerships matching “legal”". */
export function describeFilter(filter: PartnershipFilter, labels: FilterLabels): string {
  const what: string[] = [];
  const qualifiers: string[] = [];
  for (const name of inOrder(TITLE_ORDER)) {
    const title = FILTER_PARAMETER_SPECS[name].title as
      | { subject: (values: string[]) => string }
      | { phrase: (value: unknown, wording: { filter: PartnershipFilter; labels: FilterLabels }) => string | null }
      | undefined;
    const value = filter[name];
    if (!title || value === null || (Array.isArray(value) && value.length === 0)) continue;
    if ("subject" in title) {
      const facet = name as keyof FilterLabels["facets"];
      what.push(title.subject((value as string[]).map((item) => labels.facets[facet].get(item) ?? item)));
    } else {
      const phrase = title.phrase(value, { filter, labels });
      if (phrase) qualifiers.push(phrase);
    }
  }
  return [what.length > 0 ? what.join(", ") : "Partnerships", ...qualifiers].join(" ");
}

/** Near a council: its code, name, and the registry's phrase ("within 40 km of Cheltenham"); else undefined. */
export function nearWording(
  filter: PartnershipFilter,
  labels: FilterLabels,
): { gss: string; name: string; phrase: string } | undefined {
  if (filter.near === null) return undefined;
  return {
    gss: filter.near,
    name: labels.councils.get(filter.near) ?? filter.near,
    phrase: withinPhrase(filter.near, { filter, labels }),
  };
}

/**
 * The title (before the layout adds the product name). The whole directory on its first page keeps the bare
 * product name, so `null` asks for that.
 */
export function directoryTitle({
  filter,
  labels,
  total,
  page,
  hasProblems,
}: {
  filter: PartnershipFilter;
  labels: FilterLabels;
  total: number;
  page: number;
  hasProblems: boolean;
}): string | null {
  const prefix = hasProblems ? "Error: " : "";
  const pageSuffix = page > 1 ? `, page ${formatCount(page)}` : "";
  if (isEmptyFilter(filter)) {
    if (page === 1 && !hasProblems) return null;
    return `${prefix}Partnerships${pageSuffix}`;
  }
  return `${prefix}${describeFilter(filter, labels)} – ${pluralise(total, "partnership")}${pageSuffix}`;
}
