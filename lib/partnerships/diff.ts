// What changed between two snapshots of a partnership, field by field: what the moderation queue shows before a
// change is approved and what the history shows after. Pure.

import { formatGbpExact } from "@/lib/format";
import { canonicalJson, type PartnershipSnapshot } from "./snapshot";

export type SnapshotField = Exclude<keyof PartnershipSnapshot, "slug">;

export const FIELD_LABELS: Record<SnapshotField, string> = {
  name: "Name",
  summary: "Summary",
  modelType: "Model",
  status: "Status",
  years: "Years",
  serviceAreas: "Service areas",
  members: "Members",
  savings: "Savings claims",
  sources: "Sources",
  sourceNotes: "Evidence",
  contact: "Contact",
  lastVerified: "Last verified",
};

const FIELDS = Object.keys(FIELD_LABELS) as SnapshotField[];

export type FieldChange = {
  field: SnapshotField;
  label: string;
  before: unknown;
  after: unknown;
};

/** The fields whose values differ; with no "before" (a new entry) every field with a value is a change. */
export function diffSnapshots(
  before: PartnershipSnapshot | null | undefined,
  after: PartnershipSnapshot | null | undefined,
): FieldChange[] {
  return FIELDS.flatMap((field) => {
    const then = before ? before[field] : null;
    const now = after ? after[field] : null;
    if (canonicalJson(then ?? null) === canonicalJson(now ?? null)) return [];
    if (isEmpty(then) && isEmpty(now)) return [];
    return [{ field, label: FIELD_LABELS[field], before: then ?? null, after: now ?? null }];
  });
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value).every(isEmpty);
  return false;
}

/** A field's value as lines of plain text, for people. */
export function describeValue(field: SnapshotField, value: unknown): string[] {
  if (isEmpty(value)) return [];
  switch (field) {
    case "years": {
      const { start, end } = value as PartnershipSnapshot["years"];
      return [`${start ?? "start not known"} to ${end ?? "no end year"}`];
    }
    case "members":
      return (value as PartnershipSnapshot["members"]).map(
        (m) =>
          `${m.name}${m.gss ? ` (${m.gss})` : ""}${m.role === "member" ? "" : ` [${m.role}]`}${m.note ? ` — ${m.note}` : ""}${m.joined ? `, joined ${m.joined}` : ""}${m.left ? `, left ${m.left}` : ""}`,
      );
    case "savings":
      return (value as PartnershipSnapshot["savings"]).map((claim) =>
        [
          `${formatGbpExact(claim.amountGbp)} ${claim.basis}`,
          claim.periodYears === null ? null : `over ${claim.periodYears} years`,
          claim.note,
          claim.sourceUrl,
        ]
          .filter(Boolean)
          .join(", "),
      );
    case "sources":
      return (value as PartnershipSnapshot["sources"]).map((s) => (s.title ? `${s.title}: ${s.url}` : s.url));
    case "contact": {
      const { email, url } = value as PartnershipSnapshot["contact"];
      return [email, url].filter((v): v is string => Boolean(v));
    }
    case "serviceAreas":
      return value as string[];
    default:
      return [String(value)];
  }
}
