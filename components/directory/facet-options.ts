// The options of each checkbox group in the filter panel: every value of the vocabulary, in the vocabulary's own
// order (so nothing moves under the reader's pointer or focus as counts change), with the count the search
// returned for it — 0 when the search did not mention it.

import {
  COUNCIL_TYPE_LABELS,
  NATION_LABELS,
  REGION_LABELS,
  STATUS_LABELS,
  COUNCIL_TYPES,
  MODEL_TYPE_SLUGS,
  NATIONS,
  PARTNERSHIP_STATUSES,
  REGIONS,
  SERVICE_AREA_SLUGS,
} from "@/lib/vocabulary";
import type { Facet } from "@/lib/filters/schema";
import type { FacetCount } from "@/lib/filters/types";

export const FACET_VALUES: Record<Facet, readonly string[]> = {
  service: SERVICE_AREA_SLUGS,
  model: MODEL_TYPE_SLUGS,
  status: PARTNERSHIP_STATUSES,
  nation: NATIONS,
  region: REGIONS,
  councilType: COUNCIL_TYPES,
};

/** Labels known without asking the database; service areas and model types are labelled by the search result. */
const KNOWN_LABELS: Partial<Record<Facet, Record<string, string>>> = {
  status: STATUS_LABELS,
  nation: NATION_LABELS,
  region: REGION_LABELS,
  councilType: COUNCIL_TYPE_LABELS,
};

/** "legal-democratic" → "Legal democratic": only for a value no label has been given for. */
export function labelFromSlug(slug: string): string {
  const words = slug.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type FacetLabels = Record<Facet, ReadonlyMap<string, string>>;

/** Every facet value's label: the search result's own labels first, then the product's fixed ones. */
export function facetLabels(facets: Partial<Record<Facet, FacetCount[]>>): FacetLabels {
  const labels = {} as Record<Facet, Map<string, string>>;
  for (const facet of Object.keys(FACET_VALUES) as Facet[]) {
    const map = new Map<string, string>();
    for (const value of FACET_VALUES[facet]) map.set(value, KNOWN_LABELS[facet]?.[value] ?? labelFromSlug(value));
    for (const { value, label } of facets[facet] ?? []) if (label) map.set(value, label);
    labels[facet] = map;
  }
  return labels;
}

export type FacetOption = { value: string; label: string; count: number; selected: boolean };

export function facetOptions(
  facet: Facet,
  counts: readonly FacetCount[] | undefined,
  selected: readonly string[],
  labels: ReadonlyMap<string, string>,
): FacetOption[] {
  const countOf = new Map((counts ?? []).map((entry) => [entry.value, entry.count]));
  return FACET_VALUES[facet].map((value) => ({
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
