// The labels a filter's values are shown with: the search result's own (service areas and model types, from the
// database), the vocabulary's fixed ones, and council names for council codes.

import { FACETS, FILTER_PARAMETER_SPECS, type Facet } from "./parameters";
import type { FacetCount } from "./types";

export type FacetLabels = Record<Facet, ReadonlyMap<string, string>>;

export type FilterLabels = {
  facets: FacetLabels;
  /** Council names by GSS code, for `council` and `near`; a code without a name is shown as the code. */
  councils: ReadonlyMap<string, string>;
};

/** "legal-democratic" → "Legal democratic": only for a value no label has been given for. */
export function labelFromSlug(slug: string): string {
  const words = slug.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label of a facet's value known without the database, if any. */
export function knownLabel(facet: Facet, value: string): string | undefined {
  const labels = FILTER_PARAMETER_SPECS[facet].labels as Readonly<Record<string, string>> | undefined;
  return labels?.[value];
}

/** Every facet value's label: the search result's own labels first, then the product's fixed ones. */
export function facetLabels(facets: Partial<Record<Facet, FacetCount[]>>): FacetLabels {
  const labels = {} as Record<Facet, Map<string, string>>;
  for (const facet of FACETS) {
    const map = new Map<string, string>();
    for (const value of FILTER_PARAMETER_SPECS[facet].values)
      map.set(value, knownLabel(facet, value) ?? labelFromSlug(value));
    for (const { value, label } of facets[facet] ?? []) if (label) map.set(value, label);
    labels[facet] = map;
  }
  return labels;
}

export function councilName(labels: FilterLabels, gss: string): string {
  return labels.councils.get(gss) ?? gss;
}
