// A partnership as one stable JSON object: what a revision records before and after a change, what history
// diffs compare and what exports can reuse. Pure: the same entry always gives the same snapshot, whatever
// order its parts were read in.

import { type DatePrecision, type MemberRole, type SavingsBasis, SERVICE_AREA_SLUGS } from "@/lib/vocabulary";
import { lastVerifiedDate, lastVerifiedText } from "./last-verified";
import type { PartnershipEntry } from "./write.server";

export type SnapshotMember = {
  gss: string | null;
  slug: string;
  name: string;
  role: string;
  note: string | null;
  /** When the member joined and left ("2015", "2019-03"); absent when not known. */
  joined?: string | null;
  left?: string | null;
};

export type SnapshotSavingsClaim = {
  amountGbp: number;
  basis: string;
  periodYears: number | null;
  note: string | null;
  sourceUrl: string | null;
  /** Member councils' GSS codes; empty for the whole partnership. */
  creditedTo?: readonly string[];
  reportedYear?: number | null;
};

/** The loaded entity, as the writer or a database read has it. Members, claims and sources in order. */
export type SnapshotInput = Omit<PartnershipEntry, "members" | "savings" | "sources" | "lastVerified"> & {
  members: readonly SnapshotMember[];
  savings: readonly SnapshotSavingsClaim[];
  sources: readonly { url: string; title: string | null }[];
  /** An ISO date (2020-02-01 or a Date) with how much of it is known. */
  lastVerified: { date: string | Date; precision: DatePrecision } | null;
};

export type PartnershipSnapshot = {
  slug: string;
  name: string;
  summary: string;
  modelType: string;
  status: string;
  years: { start: number | null; end: number | null };
  serviceAreas: string[];
  members: SnapshotMember[];
  savings: SnapshotSavingsClaim[];
  sources: { url: string; title: string | null }[];
  sourceNotes: string | null;
  contact: { email: string | null; url: string | null };
  /** "2020", "2020-02" or "2020-02-20", as precisely as it is known. */
  lastVerified: string | null;
};

const serviceAreaOrder = new Map<string, number>(SERVICE_AREA_SLUGS.map((slug, i) => [slug, i]));

/** Service areas in the product's order (unknown slugs last, alphabetically), so reading order never matters. */
function orderedServiceAreas(slugs: readonly string[]): string[] {
  const rank = (slug: string) => serviceAreaOrder.get(slug) ?? SERVICE_AREA_SLUGS.length;
  return [...new Set(slugs)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function partnershipSnapshot(entity: SnapshotInput): PartnershipSnapshot {
  return {
    slug: entity.slug,
    name: entity.name,
    summary: entity.summary,
    modelType: entity.modelType,
    status: entity.status,
    years: { start: entity.startYear, end: entity.endYear },
    serviceAreas: orderedServiceAreas(entity.serviceAreas),
    members: entity.members.map(({ gss, slug, name, role, note, joined, left }) => ({
      gss,
      slug,
      name,
      role,
      note,
      // Only when known, so that a snapshot of a member without dates reads as it always has.
      ...(joined ? { joined } : {}),
      ...(left ? { left } : {}),
    })),
    savings: entity.savings.map(({ amountGbp, basis, periodYears, note, sourceUrl, creditedTo, reportedYear }) => ({
      amountGbp,
      basis,
      periodYears,
      note,
      sourceUrl,
      creditedTo: [...(creditedTo ?? [])],
      reportedYear: reportedYear ?? null,
    })),
    sources: entity.sources.map(({ url, title }) => ({ url, title })),
    sourceNotes: entity.sourceNotes,
    contact: { email: entity.contactEmail, url: entity.contactUrl },
    lastVerified: entity.lastVerified
      ? lastVerifiedText(entity.lastVerified.date, entity.lastVerified.precision)
      : null,
  };
}

/** JSON with object keys sorted at every level: equal snapshots give equal text (PostgreSQL's jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function sameSnapshot(a: PartnershipSnapshot, b: PartnershipSnapshot): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** The entry a snapshot describes, for the writer: members not yet in the directory are added as partners. */
export function entryFromSnapshot(snapshot: PartnershipSnapshot): PartnershipEntry {
  return {
    slug: snapshot.slug,
    name: snapshot.name,
    summary: snapshot.summary,
    modelType: snapshot.modelType,
    status: snapshot.status,
    startYear: snapshot.years.start,
    endYear: snapshot.years.end,
    serviceAreas: snapshot.serviceAreas,
    members: snapshot.members.map(({ gss, slug, name, role, note, joined, left }) => ({
      slug,
      role: role as MemberRole,
      note,
      joined: joined ?? null,
      left: left ?? null,
      ...(gss === null ? { partner: { name } } : {}),
    })),
    savings: snapshot.savings.map((claim) => ({ ...claim, basis: claim.basis as SavingsBasis })),
    sources: snapshot.sources.map(({ url, title }) => ({ url, title })),
    sourceNotes: snapshot.sourceNotes,
    contactEmail: snapshot.contact.email,
    contactUrl: snapshot.contact.url,
    lastVerified: snapshot.lastVerified === null ? null : lastVerifiedDate(snapshot.lastVerified),
  };
}
