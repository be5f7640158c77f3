import Link from "next/link";
import type { ReactNode } from "react";
import { ScrollingTable, columns } from "@/components/ui/table";
import { StatusTag } from "@/components/partnership/status-tag";
import { COUNCIL_TYPE_LABELS, COUNCIL_TYPE_PLURALS, type CouncilType } from "@/lib/vocabulary";
import { formatKm, NEAREST_LIMIT, POPULATION_FACTOR } from "@/lib/councils/scoring";
import type { LikeCouncil, NearbyCouncil, UnsharedServiceGroup } from "@/lib/councils/types";
import { formatCount } from "@/lib/format";
import { CouncilLink } from "./council-link";
import { CouncilPartnershipsLink, ModelLink, ServiceAreaLink } from "./directory-links";

function PartnershipCount({ council }: { council: NearbyCouncil }) {
  if (council.partnershipCount === 0) return <>0</>;
  return (
    <CouncilPartnershipsLink council={council}>
      {formatCount(council.partnershipCount)}
      <span className="govuk-visually-hidden"> partnerships of {council.name} in the directory</span>
    </CouncilPartnershipsLink>
  );
}

/** A table of councils near another, with one column of its own between the name and the distance. */
function NeighboursTable<C extends NearbyCouncil>({
  label,
  caption,
  councils,
  column: [key, heading, numeric, cell],
}: {
  label: string;
  caption: string;
  councils: C[];
  column: [key: string, heading: string, numeric: "numeric" | undefined, cell: (council: C) => ReactNode];
}) {
  return (
    <ScrollingTable
      label={label}
      caption={caption}
      firstCellIsHeader
      head={columns(
        ["name", "Council"],
        [key, heading, numeric],
        ["distance", "Distance", "numeric"],
        ["partnerships", "Partnerships", "numeric"],
      )}
      rows={councils.map((council) => ({
        key: council.gss,
        cells: [
          <CouncilLink key="name" council={council} />,
          cell(council),
          formatKm(council.distanceKm),
          <PartnershipCount key="partnerships" council={council} />,
        ],
      }))}
    />
  );
}

export function NearestCouncilsTable({ councils, councilName }: { councils: NearbyCouncil[]; councilName: string }) {
  return (
    <NeighboursTable
      label="Nearest councils"
      caption={`The ${NEAREST_LIMIT} current councils nearest ${councilName}`}
      councils={councils}
      column={[
        "type",
        "Type",
        undefined,
        (council) => (council.councilType ? COUNCIL_TYPE_LABELS[council.councilType] : "Not recorded"),
      ]}
    />
  );
}

export function LikeCouncilsTable({ councils, councilName }: { councils: LikeCouncil[]; councilName: string }) {
  return (
    <NeighboursTable
      label="Councils like this one"
      caption={`Councils like ${councilName}`}
      councils={councils}
      column={[
        "population",
        "Population",
        "numeric",
        (council) => (council.population !== null ? formatCount(council.population) : "Not recorded"),
      ]}
    />
  );
}

/** How the "like this one" list is chosen, in words (the rule is in lib/councils/scoring). */
export function likeRuleText(type: CouncilType | null, hasPopulation: boolean): string {
  const others = `Other current ${type ? COUNCIL_TYPE_PLURALS[type] : "councils of the same type"}`;
  if (!hasPopulation) return `${others}, nearest first.`;
  return `${others} with a population no more than ${POPULATION_FACTOR} times larger or smaller, nearest and closest in size first.`;
}

/** Partnerships of the councils above in service areas this council does not share yet, by service area. */
export function UnsharedServices({ groups }: { groups: UnsharedServiceGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.serviceArea.slug} aria-labelledby={`unshared-${group.serviceArea.slug}`}>
          <h3 className="govuk-heading-s" id={`unshared-${group.serviceArea.slug}`}>
            <ServiceAreaLink area={group.serviceArea} />
          </h3>
          <ul className="govuk-list govuk-list--bullet">
            {group.partnerships.map((partnership) => (
              <li key={partnership.slug}>
                <Link className="govuk-link" href={`/partnerships/${partnership.slug}`}>
                  {partnership.name}
                </Link>{" "}
                (<ModelLink model={partnership.modelType} />){partnership.status !== "active" && " "}
                {partnership.status !== "active" && <StatusTag status={partnership.status} />}
                <br />
                <span className="govuk-body-s">
                  Among its members:{" "}
                  {partnership.councils.map((council, index) => (
                    <span key={council.gss}>
                      {index > 0 && (index === partnership.councils.length - 1 ? " and " : ", ")}
                      <CouncilPartnershipsLink council={council} />
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
