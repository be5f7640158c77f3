// The result of a filtered search: the JSON API's list shape (docs/product.md) and what the directory page renders.

import type { PartnershipSummary } from "@/lib/partnerships/types";
import type { Facet } from "./schema";

export interface FacetCount {
  value: string;
  label: string;
  /** Partnerships matching every other active filter and this value. */
  count: number;
}

export interface SearchTotals {
  partnerships: number;
  /** Distinct councils that are members of the matching partnerships. */
  councils: number;
  /** Sum of the matching partnerships' annualised estimates (each partnership's one counted claim, lib/savings). */
  annualisedSavingsGbp: number;
  /** The part of that sum from savings reported as made (annual, cumulative claims). */
  achievedSavingsGbp: number;
  /** The part from projections and targets (projected-annual, projected-total claims). */
  projectedSavingsGbp: number;
  /** Matching partnerships with at least one savings claim. */
  withSavings: number;
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: PartnershipSummary[];
  facets: Record<Facet, FacetCount[]>;
  totals: SearchTotals;
}
