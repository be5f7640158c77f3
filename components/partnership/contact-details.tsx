import { ExternalLink } from "@/components/ui/external-link";
import { hostOf } from "@/lib/format";
import type { PartnershipDetail } from "@/lib/partnerships/types";

/** Every public way to get in touch: the partnership's website and role mailbox, then its councils' homepages. */
export function ContactDetails({ contact }: { contact: PartnershipDetail["contact"] }) {
  if (!contact) return <p className="govuk-body">No public contact recorded.</p>;
  const lead = contact.councils.filter((council) => council.role === "lead");
  const others = contact.councils.filter((council) => council.role !== "lead");
  return (
    <ul className="govuk-list">
      {contact.website && (
        <li>
          Partnership website: <ExternalLink href={contact.website}>{hostOf(contact.website)}</ExternalLink>
        </li>
      )}
      {contact.email && (
        <li>
          Email:{" "}
          <a className="govuk-link" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </li>
      )}
      {lead.map((council) => (
        <li key={council.gss}>
          Lead council: <ExternalLink href={council.homepageUrl}>{council.name}</ExternalLink>
        </li>
      ))}
      {others.length > 0 && (
        <li>
          {lead.length > 0 ? "Other member councils" : "Member councils"}:{" "}
          {others.map((council, i) => (
            <span key={council.gss}>
              {i > 0 && ", "}
              <ExternalLink href={council.homepageUrl}>{council.name}</ExternalLink>
            </span>
          ))}
        </li>
      )}
    </ul>
  );
}
