// The ways to get in touch about a partnership, worked out once for the page, the API and every export: its own
// website (or contact page) and role mailbox where they are public, then its lead (host) council and each other
// member council, by their homepages. Never a named person. Pure.

import type { MemberRole } from "@/lib/vocabulary";

export type ContactCouncil = { gss: string; name: string; role: MemberRole; homepageUrl: string };

export type PartnershipContact = {
  /** The partnership's own website or contact page. */
  website: string | null;
  /** A role mailbox. */
  email: string | null;
  /** The lead council first, then the other member councils, in the partnership's order: those with a homepage. */
  councils: ContactCouncil[];
};

type ContactMember = { gss: string | null; name: string; role: MemberRole; homepageUrl?: string | null };

/** Every public route to the partnership; null when there is none. */
export function contactOf(
  partnership: { contactUrl: string | null; contactEmail: string | null },
  members: readonly ContactMember[],
): PartnershipContact | null {
  const councils = members
    .filter((m): m is ContactMember & { gss: string; homepageUrl: string } => m.gss !== null && Boolean(m.homepageUrl))
    .map(({ gss, name, role, homepageUrl }) => ({ gss, name, role, homepageUrl }))
    .sort((a, b) => Number(b.role === "lead") - Number(a.role === "lead"));
  const contact = { website: partnership.contactUrl, email: partnership.contactEmail, councils };
  return contact.website || contact.email || councils.length > 0 ? contact : null;
}
