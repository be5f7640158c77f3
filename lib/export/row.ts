// One partnership as the export query returns it: everything every export format needs, in one row.

import type { PartnershipStatus } from "@/lib/vocabulary";

export type ExportMember = {
  gss: string | null;
  /** The organisation's slug: a council's GSS code in lower case, or a partner's own slug. */
  slug: string;
  name: string;
  kind: string;
  role: "lead" | "member" | "provider";
  note: string | null;
  latitude: number | null;
  longitude: number | null;
};

export type ExportClaim = {
  amountGbp: number;
  basis: "annual" | "cumulative" | "projected-total" | "projected-annual";
  periodYears: number | null;
  note: string | null;
  sourceUrl: string | null;
};

export type ExportRow = {
  slug: string;
  name: string;
  summary: string;
  modelType: string;
  modelTypeLabel: string;
  status: PartnershipStatus;
  startYear: number | null;
  endYear: number | null;
  serviceAreas: { slug: string; label: string }[];
  members: ExportMember[];
  savings: ExportClaim[];
  annualisedSavingsGbp: number | null;
  sources: string[];
  sourceNotes: string | null;
  /** "2020", "2020-02" or "2020-02-20": as precisely as it is known. */
  lastVerified: string | null;
  contactEmail: string | null;
  contactUrl: string | null;
};

/** Where absolute links in an export point (the site's origin, e.g. https://example.org). */
export type ExportContext = { origin: string };

export function pageUrl(row: { slug: string }, context: ExportContext): string {
  return `${context.origin.replace(/\/$/, "")}/partnerships/${row.slug}`;
}
