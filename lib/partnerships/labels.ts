// Display labels for the partnership vocabulary, keyed by the slugs in lib/vocabulary.
import type { MemberRole, OrganisationKind, PartnershipStatus, SavingsBasis } from "@/lib/vocabulary";

/** Prisma names enum members with underscores; the product speaks in hyphenated slugs. */
export type Hyphenated<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}-${Hyphenated<Tail>}` : S;

export function toSlug<S extends string>(value: S): Hyphenated<S> {
  return value.replaceAll("_", "-") as Hyphenated<S>;
}

export const STATUS_LABELS = {
  active: "Active",
  ended: "Ended",
  planned: "Planned",
  unknown: "Not known",
} as const satisfies Record<PartnershipStatus, string>;
export type StatusSlug = PartnershipStatus;

export const ROLE_LABELS = {
  lead: "Lead (host)",
  member: "Member",
  provider: "Provider",
} as const satisfies Record<MemberRole, string>;
export type RoleSlug = MemberRole;

// Savings basis labels live with the savings rules in lib/savings.
export type SavingsBasisSlug = SavingsBasis;

export const ORGANISATION_KIND_LABELS = {
  council: "Council",
  company: "Company",
  "nhs-body": "NHS body",
  voluntary: "Voluntary organisation",
  "public-body": "Public body",
  education: "Education body",
  other: "Other organisation",
} as const satisfies Record<OrganisationKind, string>;
export type OrganisationKindSlug = OrganisationKind;
