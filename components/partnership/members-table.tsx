import Link from "next/link";
import { CouncilPartnershipsLink } from "@/components/council/directory-links";
import { ScrollingTable, columns } from "@/components/ui/table";
import { ORGANISATION_KIND_LABELS, ROLE_LABELS } from "@/lib/vocabulary";
import type { PartnershipMemberDetail } from "@/lib/partnerships/types";
import { formatDate } from "@/lib/format";
import { lastVerifiedDate } from "@/lib/partnerships/last-verified";

/** "Joined 2015, left March 2019": when a member joined and left, as precisely as known; null when neither is. */
function membershipPeriod({ joined, left }: Pick<PartnershipMemberDetail, "joined" | "left">): string | null {
  const when = (text: string) => {
    const { date, precision } = lastVerifiedDate(text);
    return formatDate(date, precision);
  };
  const parts = [joined && `joined ${when(joined)}`, left && `left ${when(left)}`].filter(Boolean).join(", ");
  return parts ? parts[0]!.toUpperCase() + parts.slice(1) : null;
}

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
      head={columns(
        ["name", "Member"],
        ["kind", "Kind"],
        ["gss", "GSS code"],
        ["role", "Role"],
        ["period", "Joined and left"],
        ["note", "Note"],
      )}
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
          membershipPeriod(member) ?? none("Dates not known"),
          member.note ?? none("No note"),
        ],
      }))}
    />
  );
}
