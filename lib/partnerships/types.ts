// The shapes pages receive: plain values only (numbers, not BigInt; slugs, not Prisma enum names).
import type {
  DatePrecision,
  Labelled,
  MemberRole,
  OrganisationKind,
  PartnershipStatus,
  SavingsBasis,
} from "@/lib/vocabulary";

export type PartnershipMember = {
  gss: string | null;
  slug: string;
  name: string;
  kind: OrganisationKind;
  role: MemberRole;
};

export type PartnershipListItem = {
  slug: string;
  name: string;
  summary: string;
  modelType: Labelled;
  status: PartnershipStatus;
  startYear: number | null;
  endYear: number | null;
  serviceAreas: Labelled[];
  members: PartnershipMember[];
  /** Derived estimate stored at load time; null when no claim can be annualised. */
  annualisedSavingsGbp: number | null;
  savingsCount: number;
};

export type PartnershipList = {
  total: number;
  page: number;
  pageSize: number;
  items: PartnershipListItem[];
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
  /** A role contact (mailbox or web page); null when none is public. */
  contact: { email: string | null; url: string | null } | null;
  sourceNotes: string | null;
  lastVerified: DatedValue | null;
  createdAt: string;
  updatedAt: string;
};
