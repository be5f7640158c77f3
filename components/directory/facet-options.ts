// The options of each checkbox group in the filter panel: every value of the vocabulary, in the vocabulary's own
// order (so nothing moves under the reader's pointer or focus as counts change), with the count the search
// returned for it — 0 when the search did not mention it.

import { labelFromSlug, type FacetLabels } from "@/lib/filters/labels";
import { FILTER_PARAMETER_SPECS, type Facet } from "@/lib/filters/schema";
import type { FacetCount } from "@/lib/filters/types";

export type FacetOption = { value: string; label: string; count: number; selected: boolean };

export function facetOptions(
  facet: Facet,
  counts: readonly FacetCount[] | undefined,
  selected: readonly string[],
  labels: FacetLabels[Facet],
): FacetOption[] {
  const countOf = new Map((counts ?? []).map((entry) => [entry.value, entry.count]));
  return FILTER_PARAMETER_SPECS[facet].values.map((value: string) => ({
    value,
    label: labels.get(value) ?? labelFromSlug(value),
    count: countOf.get(value) ?? 0,
    selected: selected.includes(value),
  }));
}

/**
 * Splits a long group into the options always shown and those behind "show more". A selected option is never
 * hidden: when one would be, the group opens.
 */
export function splitLongGroup(
  options: FacetOption[],
  visible: number,
): { shown: FacetOption[]; more: FacetOption[]; open: boolean } {
  // A group only slightly longer than the limit is shown whole: "show 2 more" helps nobody.
  if (options.length <= visible + 2) return { shown: options, more: [], open: false };
  const more = options.slice(visible);
  return { shown: options.slice(0, visible), more, open: more.some((option) => option.selected) };
}
