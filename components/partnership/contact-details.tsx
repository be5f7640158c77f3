import { ExternalLink } from "@/components/ui/external-link";
import { hostOf } from "@/lib/format";
import type { PartnershipDetail } from "@/lib/partnerships/types";

/** A role contact — a shared mailbox or a web page, never a named person. */
export function ContactDetails({ contact }: { contact: PartnershipDetail["contact"] }) {
  if (!contact) return <p className="govuk-body">No public contact recorded.</p>;
  return (
    <ul className="govuk-list">
      {contact.email && (
        <li>
          Email:{" "}
          <a className="govuk-link" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </li>
      )}
      {contact.url && (
        <li>
          Web page: <ExternalLink href={contact.url}>{hostOf(contact.url)}</ExternalLink>
        </li>
      )}
    </ul>
  );
}
