// The member-list syntax of seed-data/partnerships.csv.
//
//   members       "E06000004 [lead]; E06000005; ibm [provider]"
//                 "; "-joined references, each a council's GSS code or a partner's slug, optionally followed
//                 by its role in square brackets (lead, member, provider); no brackets means member.
//   member_notes  "civica: from Feb 2018; lgss: manager from 2014"
//                 "; "-joined "reference: note" pairs qualifying a membership.

import { GSS_CODE_PATTERN, MEMBER_ROLES, type MemberRole, SLUG_PATTERN, isOneOf } from "@/lib/vocabulary";

export const LIST_SEPARATOR = "; ";

export type MemberReference = {
  /** A council's GSS code, or a non-council partner's slug. */
  ref: string;
  role: MemberRole;
};

/** Splits a "; "-joined list; tolerant of spacing, empty text is an empty list. */
export function splitList(text: string): string[] {
  return text
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

export function isCouncilReference(ref: string): boolean {
  return GSS_CODE_PATTERN.test(ref);
}

/** A council's organisation slug is its GSS code in lower case (slugs are lower-case; URLs use the GSS code). */
export function councilSlug(gss: string): string {
  return gss.toLowerCase();
}

export function formatMemberReference({ ref, role }: MemberReference): string {
  return role === "member" ? ref : `${ref} [${role}]`;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseMemberReference(text: string): ParseResult<MemberReference> {
  const match = /^(\S+)(?:\s+\[([^\]]*)\])?$/.exec(text.trim());
  if (!match) return { ok: false, message: `"${text}" is not a GSS code or partner slug with an optional [role]` };
  const ref = match[1]!;
  const role = match[2]?.trim() ?? "member";
  if (!isOneOf(MEMBER_ROLES, role)) {
    return { ok: false, message: `"${text}": role must be one of ${MEMBER_ROLES.join(", ")}` };
  }
  if (!isCouncilReference(ref) && !SLUG_PATTERN.test(ref)) {
    return { ok: false, message: `"${ref}" is neither a GSS code (E07000078) nor a partner slug (norse-group)` };
  }
  return { ok: true, value: { ref, role } };
}

export function formatMemberNotes(notes: ReadonlyMap<string, string>): string {
  return joinList([...notes].map(([ref, note]) => `${ref}: ${note}`));
}

export function parseMemberNotes(text: string): ParseResult<Map<string, string>> {
  const notes = new Map<string, string>();
  for (const item of splitList(text)) {
    const colon = item.indexOf(":");
    const ref = colon < 0 ? "" : item.slice(0, colon).trim();
    const note = colon < 0 ? "" : item.slice(colon + 1).trim();
    if (ref === "" || note === "") return { ok: false, message: `"${item}" is not "reference: note"` };
    if (notes.has(ref)) return { ok: false, message: `${ref} has more than one note` };
    notes.set(ref, note);
  }
  return { ok: true, value: notes };
}
