import Link from "next/link";
import { AnnualisedSavings } from "@/components/partnership/savings-value";
import { StatusTag } from "@/components/partnership/status-tag";
import { ScrollingTable, columns } from "@/components/ui/table";
import type { CouncilPartnership } from "@/lib/councils/types";
import { formatYearRange } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/vocabulary";
import { CountedThrough } from "./counted-through";
import { ModelLink, ServiceAreaLinks } from "./directory-links";

export function CouncilPartnershipsTable({
  partnerships,
  councilName,
}: {
  partnerships: CouncilPartnership[];
  councilName: string;
}) {
  return (
    <ScrollingTable
      caption={`Partnerships ${councilName} is part of`}
      firstCellIsHeader
      head={columns(
        ["name", "Partnership"],
        ["role", "Role"],
        ["model", "Model"],
        ["services", "Service areas"],
        ["status", "Status"],
        ["savings", "Savings (yearly estimate)"],
      )}
      rows={partnerships.map((partnership) => ({
        key: partnership.slug,
        cells: [
          <>
            <Link className="govuk-link" href={`/partnerships/${partnership.slug}`}>
              {partnership.name}
            </Link>
            <CountedThrough via={partnership.viaPredecessors} />
          </>,
          <>
            {ROLE_LABELS[partnership.role]}
            {partnership.note && <span className="govuk-body-s">{` (${partnership.note})`}</span>}
          </>,
          <ModelLink key="model" model={partnership.modelType} />,
          <ServiceAreaLinks key="services" areas={partnership.serviceAreas} />,
          <>
            <StatusTag status={partnership.status} />
            <br />
            <span className="govuk-body-s">
              {formatYearRange(partnership.startYear, partnership.endYear, { status: partnership.status })}
            </span>
          </>,
          <AnnualisedSavings
            key="savings"
            amount={partnership.annualisedSavingsGbp}
            savingsCount={partnership.savingsCount}
            compact
          />,
        ],
      }))}
    />
  );
}
