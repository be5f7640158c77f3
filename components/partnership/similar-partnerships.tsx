import Link from "next/link";
import { CouncilPartnershipsLink, ModelLink, ServiceAreaLink } from "@/components/council/directory-links";
import { StatusTag } from "@/components/partnership/status-tag";
import { SummaryCard, SummaryList } from "@/components/ui/summary-list";
import { formatKm } from "@/lib/councils/scoring";
import type { SimilarPartnership } from "@/lib/partnerships/similar.server";
import type { PartnershipMember } from "@/lib/partnerships/types";
import type { Labelled } from "@/lib/vocabulary";

/** Why a partnership is listed, in words: the parts of the score it earned (lib/partnerships/similar.server). */
function reasons(partnership: SimilarPartnership): string {
  const parts: string[] = [];
  const shared = partnership.sharedServiceAreas.length;
  parts.push(`${shared} service ${shared === 1 ? "area" : "areas"} in common`);
  if (partnership.nearestKm === 0) parts.push("a member council in common");
  else if (partnership.nearestKm !== null && partnership.nearestKm < 100) {
    parts.push(`member councils ${formatKm(partnership.nearestKm)} apart`);
  }
  if (partnership.sameCouncilType) parts.push("councils of the same type");
  return parts.join("; ");
}

/** Service areas as one line of directory links. */
function ServiceAreas({ areas }: { areas: Labelled[] }) {
  return (
    <>
      {areas.map((area, index) => (
        <span key={area.slug}>
          {index > 0 && ", "}
          <ServiceAreaLink area={area} />
        </span>
      ))}
    </>
  );
}

function Members({ members }: { members: PartnershipMember[] }) {
  if (members.length === 0) return <>Not recorded</>;
  return (
    <>
      {members.map((member, index) => (
        <span key={member.slug}>
          {index > 0 && (index === members.length - 1 ? " and " : ", ")}
          {member.kind === "council" && member.gss ? (
            <CouncilPartnershipsLink council={{ gss: member.gss, name: member.name }} />
          ) : (
            member.name
          )}
        </span>
      ))}
    </>
  );
}

/**
 * Other partnerships in the same service areas, best first. Every service area, model and council links to the
 * directory filtered by it.
 */
export function SimilarPartnerships({ partnerships }: { partnerships: SimilarPartnership[] }) {
  if (partnerships.length === 0) {
    return <p className="govuk-body">No other partnership shares a service area with this one yet.</p>;
  }
  return (
    <ul className="app-partnership-list">
      {partnerships.map((partnership) => {
        const shared = new Set(partnership.sharedServiceAreas.map((area) => area.slug));
        const others = partnership.serviceAreas.filter((area) => !shared.has(area.slug));
        return (
          <li key={partnership.slug}>
            <SummaryCard
              headingLevel={3}
              title={
                <Link className="govuk-link" href={`/partnerships/${partnership.slug}`}>
                  {partnership.name}
                </Link>
              }
            >
              <SummaryList
                rows={[
                  { key: "Why it is listed", value: reasons(partnership) },
                  { key: "Service areas in common", value: <ServiceAreas areas={partnership.sharedServiceAreas} /> },
                  ...(others.length > 0
                    ? [{ key: "Other service areas", value: <ServiceAreas areas={others} /> }]
                    : []),
                  { key: "Model", value: <ModelLink model={partnership.modelType} /> },
                  { key: "Status", value: <StatusTag status={partnership.status} /> },
                  { key: "Members", value: <Members members={partnership.members} /> },
                ]}
              />
            </SummaryCard>
          </li>
        );
      })}
    </ul>
  );
}
