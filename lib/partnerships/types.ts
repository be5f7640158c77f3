// The shapes pages receive: plain values only (numbers, not BigInt; slugs, not Prisma enum names).
import type { ViaPredecessor } from "@/lib/councils/predecessors";
import type {
  DatePrecision,
  Labelled,
  MemberRole,
  ModelTypeSlug,
  OrganisationKind,
  PartnershipStatus,
  SavingsBasis,
  ServiceAreaSlug,
} from "@/lib/vocabulary";
import type { PartnershipContact } from "./contact";

export type PartnershipMember = {
  gss: string | null;
  slug: string;
  name: string;
  kind: OrganisationKind;
  role: MemberRole;
  /** A council's homepage (current councils only). */
  homepageUrl: string | null;
  /** When it joined and left, as precisely as known: "2015", "2019-03"; null when not known. */
  joined: string | null;
  left: string | null;
};

/** The list shape of docs/product.md: an item of GET /api/partnerships and of the JSON export. */
export interface PartnershipSummary {
  slug: string;
  name: string;
  summary: string;
  modelType: ModelTypeSlug;
  status: PartnershipStatus;
  startYear: number | null;
  endYear: number | null;
  serviceAreas: ServiceAreaSlug[];
  members: { gss: string | null; name: string; role: MemberRole; joined: string | null; left: string | null }[];
  savings: { amountGbp: number; basis: SavingsBasis; periodYears: number | null; note: string | null }[];
  /** The partnership's annualised estimate (lib/savings); null when not reported or not estimable. */
  annualisedSavingsGbp: number | null;
  /** When the entry was last checked against its sources, as precisely as known: "2020", "2020-03" or "2020-03-05". */
  lastVerified: string | null;
  /** Path of the partnership's page, e.g. /partnerships/xentrall. */
  url: string;
  /** Every public way to get in touch (lib/partnerships/contact.ts); null when there is none. */
  contact: PartnershipContact | null;
  /** Lineage, by slug: the partnerships this one followed, and the wider arrangements it is part of. */
  lineage: { predecessors: string[]; partOf: string[] };
  /**
   * With `council`: the abolished members through which the partnership counts for a chosen council that is not
   * itself a member ("as Allerdale, abolished 2023"); otherwise empty.
   */
  viaPredecessors: ViaPredecessor[];
  /** Near a council only: kilometres (one decimal) from its point to the nearest member; null when none has a point. */
  distanceKm?: number | null;
}

/**
 * A partnership in full, as one row: everything the exports need (CSV, JSON, GeoJSON) and the list's items are
 * made from. Members with their points, in order; service areas with labels, in the product's order.
 */
export type PartnershipRow = {
  slug: string;
  name: string;
  summary: string;
  modelType: string;
  modelTypeLabel: string;
  status: PartnershipStatus;
  startYear: number | null;
  endYear: number | null;
  serviceAreas: { slug: string; label: string }[];
  members: PartnershipRowMember[];
  savings: PartnershipRowClaim[];
  annualisedSavingsGbp: number | null;
  sources: string[];
  sourceNotes: string | null;
  /** "2020", "2020-02" or "2020-02-20": as precisely as it is known. */
  lastVerified: string | null;
  contactEmail: string | null;
  contactUrl: string | null;
  /** Lineage, by slug: the partnerships that came before this one, and the wider arrangements it is part of. */
  predecessors: string[];
  partOf: string[];
  /** As in PartnershipSummary: filled by the filter that selected the row (lib/filters), empty otherwise. */
  viaPredecessors: ViaPredecessor[];
};

export type PartnershipRowMember = {
  gss: string | null;
  /** The organisation's slug: a council's GSS code in lower case, or a partner's own slug. */
  slug: string;
  name: string;
  kind: string;
  role: MemberRole;
  note: string | null;
  joined: string | null;
  left: string | null;
  homepageUrl: string | null;
  latitude: number | null;
  longitude: number | null;
};

export type PartnershipRowClaim = {
  amountGbp: number;
  basis: SavingsBasis;
  periodYears: number | null;
  note: string | null;
  sourceUrl: string | null;
  /** Member councils' GSS codes whose saving it is; empty for the whole partnership. */
  creditedTo: string[];
  reportedYear: number | null;
};

export type PartnershipMemberDetail = PartnershipMember & {
  note: string | null;
  /** An abolished council keeps its place in the partnerships it was part of. */
  abolished: boolean;
};

export type SavingsClaimDetail = {
  amountGbp: number;
  basis: SavingsBasis;
  periodYears: number | null;
  annualisedGbp: number | null;
  note: string | null;
  sourceUrl: string | null;
  /** The member councils whose saving it is; empty for the whole partnership. */
  creditedTo: { gss: string; name: string }[];
  reportedYear: number | null;
};

export type PartnershipSource = { url: string; title: string | null };

export type DatedValue = { date: string; precision: DatePrecision };

export type PartnershipDetail = {
  slug: string;
  name: string;
  summary: string;
  modelType: Labelled;
  status: PartnershipStatus;
  startYear: number | null;
  endYear: number | null;
  serviceAreas: Labelled[];
  members: PartnershipMemberDetail[];
  savings: SavingsClaimDetail[];
  annualisedSavingsGbp: number | null;
  sources: PartnershipSource[];
  /** Every public way to get in touch (lib/partnerships/contact.ts); null when there is none. */
  contact: PartnershipContact | null;
  /** Lineage both ways: what came before and after, the wider arrangements it is part of and its own parts. */
  lineage: Record<"predecessors" | "successors" | "partOf" | "parts", { slug: string; name: string }[]>;
  sourceNotes: string | null;
  lastVerified: DatedValue | null;
  createdAt: string;
  updatedAt: string;
};
