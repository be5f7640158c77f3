// The result of a filtered search: the JSON API's list shape (PRODUCT.md) and what the directory page renders.

import type { MemberRole, ModelTypeSlug, PartnershipStatus, SavingsBasis, ServiceAreaSlug } from "@/lib/vocabulary";
import type { Facet } from "./schema";

export interface PartnershipSummary {
  slug: string;
  name: string;
  summary: string;
  modelType: ModelTypeSlug;
  status: PartnershipStatus;
  startYear: number | null;
  endYear: number | null;
  serviceAreas: ServiceAreaSlug[];
  members: { gss: string | null; name: string; role: MemberRole }[];
  savings: { amountGbp: number; basis: SavingsBasis; periodYears: number | null; note: string | null }[];
  /** The partnership's annualised estimate (lib/savings); null when not reported or not estimable. */
  annualisedSavingsGbp: number | null;
  /** When the entry was last checked against its sources, as precisely as known: "2020", "2020-03" or "2020-03-05". */
  lastVerified: string | null;
  /** Path of the partnership's page, e.g. /partnerships/xentrall. */
  url: string;
}

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
  /** Sum of the matching partnerships' annualised estimates. */
  annualisedSavingsGbp: number;
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
