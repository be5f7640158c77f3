import Link from "next/link";
import { Table } from "@/components/ui/table";
import { StatusTag } from "@/components/partnership/status-tag";
import { COUNCIL_TYPE_LABELS } from "@/lib/vocabulary";
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

const typeLabel = (council: NearbyCouncil) =>
  council.councilType ? COUNCIL_TYPE_LABELS[council.councilType] : "Not recorded";

export function NearestCouncilsTable({ councils, councilName }: { councils: NearbyCouncil[]; councilName: string }) {
  const caption = `The ${NEAREST_LIMIT} current councils nearest ${councilName}`;
  return (
    <div className="app-table-scroll" role="region" aria-label="Nearest councils" tabIndex={0}>
      <Table
        caption={caption}
        captionClassName="govuk-visually-hidden"
        firstCellIsHeader
        head={[
          { key: "name", text: "Council" },
          { key: "type", text: "Type" },
          { key: "distance", text: "Distance", numeric: true },
          { key: "partnerships", text: "Partnerships", numeric: true },
        ]}
        rows={councils.map((council) => ({
          key: council.gss,
          cells: [
            <CouncilLink key="name" council={council} />,
            typeLabel(council),
            formatKm(council.distanceKm),
            <PartnershipCount key="partnerships" council={council} />,
          ],
        }))}
      />
    </div>
  );
}

export function LikeCouncilsTable({ councils, councilName }: { councils: LikeCouncil[]; councilName: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label="Councils like this one" tabIndex={0}>
      <Table
        caption={`Councils like ${councilName}`}
        captionClassName="govuk-visually-hidden"
        firstCellIsHeader
        head={[
          { key: "name", text: "Council" },
          { key: "population", text: "Population", numeric: true },
          { key: "distance", text: "Distance", numeric: true },
          { key: "partnerships", text: "Partnerships", numeric: true },
        ]}
        rows={councils.map((council) => ({
          key: council.gss,
          cells: [
            <CouncilLink key="name" council={council} />,
            council.population !== null ? formatCount(council.population) : "Not recorded",
            formatKm(council.distanceKm),
            <PartnershipCount key="partnerships" council={council} />,
          ],
        }))}
      />
    </div>
  );
}

/** How the "like this one" list is chosen, in words (the rule is in lib/councils/scoring). */
export function likeRuleText(typeLabel: string, hasPopulation: boolean): string {
  const type = typeLabel.toLowerCase();
  if (!hasPopulation) return `Other current councils of the same type (${type}), nearest first.`;
  return `Other current councils of the same type (${type}) with a population no more than ${POPULATION_FACTOR} times larger or smaller, nearest and closest in size first.`;
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
