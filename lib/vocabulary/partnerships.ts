// The partnership vocabulary: service areas, model types, statuses, members' roles, partners' kinds, savings
// bases, revision actions, with the labels pages show. Service areas and model types take their labels from
// the data set (seed-data/), which the database holds.

export const SERVICE_AREA_SLUGS = [
  "management-governance",
  "ict-digital",
  "finance-revenues-benefits",
  "hr-payroll",
  "legal-democratic",
  "procurement",
  "waste-environment",
  "planning-building-control",
  "regulatory-services-licensing",
  "housing",
  "highways-transport",
  "property-assets-facilities",
  "audit-fraud-risk",
  "customer-services",
  "social-care-health",
  "leisure-culture",
  "emergency-planning-resilience",
  "economic-development",
  "other",
] as const;
export type ServiceAreaSlug = (typeof SERVICE_AREA_SLUGS)[number];

export const MODEL_TYPE_SLUGS = [
  "shared-service",
  "shared-management-team",
  "joint-venture",
  "joint-committee",
  "council-owned-company",
  "outsourced-partnership",
  "lead-authority-arrangement",
  "consortium",
  "other",
] as const;
export type ModelTypeSlug = (typeof MODEL_TYPE_SLUGS)[number];

export const PARTNERSHIP_STATUSES = ["active", "ended", "planned", "unknown"] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const STATUS_LABELS = {
  active: "Active",
  ended: "Ended",
  planned: "Planned",
  unknown: "Not known",
} as const satisfies Record<PartnershipStatus, string>;

/** The orders a list of partnerships can be sorted in: relevance applies to a search, distance to `near`. */
export const SORTS = ["relevance", "distance", "savings", "newest", "name"] as const;
export type Sort = (typeof SORTS)[number];

export const SORT_LABELS = {
  relevance: "Best match",
  distance: "Nearest first",
  savings: "Highest savings",
  newest: "Newest first",
  name: "Name (A to Z)",
} as const satisfies Record<Sort, string>;

/** What a member does in a partnership: lead (hosts or leads it), member, or provider (supplies the service). */
export const MEMBER_ROLES = ["lead", "member", "provider"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const ROLE_LABELS = {
  lead: "Lead (host)",
  member: "Member",
  provider: "Provider",
} as const satisfies Record<MemberRole, string>;

/** Kinds of non-council partner; councils are the kind "council". */
export const PARTNER_KINDS = [
  "company",
  "nhs-body",
  "police-fire",
  "national-park",
  "combined-authority",
  "public-body",
  "education",
  "voluntary",
  "local-council",
  "council-outside-uk",
  "other",
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const ORGANISATION_KINDS = ["council", ...PARTNER_KINDS] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS = {
  council: "Council",
  company: "Company",
  "nhs-body": "NHS body",
  "police-fire": "Police or fire body",
  "national-park": "National park authority",
  "combined-authority": "Combined authority",
  "public-body": "Other public body",
  education: "Education body",
  voluntary: "Voluntary organisation",
  "local-council": "Town or parish council",
  "council-outside-uk": "Council outside the UK",
  other: "Other organisation",
} as const satisfies Record<OrganisationKind, string>;

/** The bases a savings figure can be stated on, with their labels (lib/savings turns each into a yearly estimate). */
export const SAVINGS_BASES = [
  { slug: "annual", label: "Annual" },
  { slug: "cumulative", label: "Cumulative" },
  { slug: "projected-total", label: "Projected total" },
  { slug: "projected-annual", label: "Projected annual" },
] as const;
export type SavingsBasis = (typeof SAVINGS_BASES)[number]["slug"];
export const SAVINGS_BASIS_SLUGS = SAVINGS_BASES.map((basis) => basis.slug) as readonly SavingsBasis[];
export const SAVINGS_BASIS_LABELS = Object.fromEntries(SAVINGS_BASES.map(({ slug, label }) => [slug, label])) as {
  [Basis in SavingsBasis]: Extract<(typeof SAVINGS_BASES)[number], { slug: Basis }>["label"];
};

/** How precisely a "last verified" date is known: 2020, 2020-02 or 2020-02-20. */
export const DATE_PRECISIONS = ["year", "month", "day"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** What a revision records: an entry added, changed, removed, or checked against its sources. */
export const REVISION_ACTIONS = ["create", "update", "delete", "verify"] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export const REVISION_ACTION_LABELS = {
  create: "Added",
  update: "Changed",
  delete: "Removed",
  verify: "Verified",
} as const satisfies Record<RevisionAction, string>;

/** Who made a change, as the public history names them (never a person's account). */
export const REVISION_AUTHOR_LABELS: Record<string, string> = {
  moderator: "a moderator",
  seed: "the curated data set",
  import: "an import",
};
