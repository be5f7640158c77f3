import Link from "next/link";
import { CouncilPartnershipsLink } from "@/components/council/directory-links";
import { Table } from "@/components/ui/table";
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
    <div className="app-table-scroll" role="region" aria-label="Members" tabIndex={0}>
      <Table
        caption="Members of this partnership"
        captionClassName="govuk-visually-hidden"
        firstCellIsHeader
        head={[
          { key: "name", text: "Member" },
          { key: "kind", text: "Kind" },
          { key: "gss", text: "GSS code" },
          { key: "role", text: "Role" },
          { key: "note", text: "Note" },
        ]}
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
    </div>
  );
}
