// The product's fixed vocabulary, as the URL slugs in PRODUCT.md: one list per concept, imported by the
// filters, the API, the seed loader and the exports alike. Database enum values are these same slugs.

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

export const NATIONS = ["england", "scotland", "wales", "northern-ireland"] as const;
export type Nation = (typeof NATIONS)[number];

/** England's nine regions; councils elsewhere have no region. */
export const REGIONS = [
  "north-east",
  "north-west",
  "yorkshire-and-the-humber",
  "east-midlands",
  "west-midlands",
  "east-of-england",
  "london",
  "south-east",
  "south-west",
] as const;
export type Region = (typeof REGIONS)[number];

export const COUNCIL_TYPES = [
  "county",
  "district",
  "unitary",
  "metropolitan-district",
  "london-borough",
  "city-corporation",
  "scottish-council",
  "welsh-council",
  "ni-district",
] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];

export const COUNCIL_TIERS = ["upper", "lower", "unitary"] as const;
export type CouncilTier = (typeof COUNCIL_TIERS)[number];

/** What a member does in a partnership: lead (hosts or leads it), member, or provider (supplies the service). */
export const MEMBER_ROLES = ["lead", "member", "provider"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Kinds of non-council partner; councils are the kind "council". */
export const PARTNER_KINDS = ["company", "nhs-body", "voluntary", "public-body", "education", "other"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const ORGANISATION_KINDS = ["council", ...PARTNER_KINDS] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The bases a savings figure can be stated on, with their labels (lib/savings builds on this list). */
export const SAVINGS_BASES = [
  { slug: "annual", label: "Annual" },
  { slug: "cumulative", label: "Cumulative" },
  { slug: "projected-total", label: "Projected total" },
  { slug: "projected-annual", label: "Projected annual" },
] as const;
export type SavingsBasis = (typeof SAVINGS_BASES)[number]["slug"];
export const SAVINGS_BASIS_SLUGS = SAVINGS_BASES.map((basis) => basis.slug) as readonly SavingsBasis[];

/** How precisely a "last verified" date is known: 2020, 2020-02 or 2020-02-20. */
export const DATE_PRECISIONS = ["year", "month", "day"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A slug as PRODUCT.md defines it: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A council's GSS code: a nation letter and eight digits, e.g. E07000078. */
export const GSS_CODE_PATTERN = /^[ENSW]\d{8}$/;

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
