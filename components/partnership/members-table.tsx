import Link from "next/link";
import { CouncilPartnershipsLink } from "@/components/council/directory-links";
import { ScrollingTable, columns } from "@/components/ui/table";
import { ORGANISATION_KIND_LABELS, ROLE_LABELS } from "@/lib/vocabulary";
import type { PartnershipMemberDetail } from "@/lib/partnerships/types";

function MemberName({ member }: { member: PartnershipMemberDetail }) {
  const name =
    member.kind === "council" && member.gss ? (
      <Link className="govuk-link" href={`/councils/${member.gss}`}>
        {member.name}
      </Link>
    ) : (
      member.name
    );
  return (
    <>
      {name}
      {member.abolished && <span className="govuk-body-s"> (abolished)</span>}
    </>
  );
}

const none = (label: string) => (
  <>
    <span aria-hidden="true">—</span>
    <span className="govuk-visually-hidden">{label}</span>
  </>
);

export function MembersTable({ members }: { members: PartnershipMemberDetail[] }) {
  return (
    <ScrollingTable
      label="Members"
      caption="Members of this partnership"
      firstCellIsHeader
      head={columns(["name", "Member"], ["kind", "Kind"], ["gss", "GSS code"], ["role", "Role"], ["note", "Note"])}
      rows={members.map((member) => ({
        key: member.slug,
        cells: [
          <MemberName key="name" member={member} />,
          ORGANISATION_KIND_LABELS[member.kind],
          member.gss ? (
            <span key="gss">
              <code>{member.gss}</code>{" "}
              <CouncilPartnershipsLink council={{ gss: member.gss, name: member.name }}>
                all its partnerships<span className="govuk-visually-hidden"> ({member.name})</span>
              </CouncilPartnershipsLink>
            </span>
          ) : (
            none("No code")
          ),
          ROLE_LABELS[member.role],
          member.note ?? none("No note"),
        ],
      }))}
    />
  );
}
