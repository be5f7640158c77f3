import Link from "next/link";
import { AnnualisedSavings } from "@/components/partnership/savings-value";
import { StatusTag } from "@/components/partnership/status-tag";
import { Table } from "@/components/ui/table";
import type { CouncilPartnership } from "@/lib/councils/types";
import { formatYearRange } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/vocabulary";
import { ModelLink, ServiceAreaLinks } from "./directory-links";

export function CouncilPartnershipsTable({
  partnerships,
  councilName,
}: {
  partnerships: CouncilPartnership[];
  councilName: string;
}) {
  const caption = `Partnerships ${councilName} is part of`;
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table
        caption={caption}
        captionClassName="govuk-visually-hidden"
        firstCellIsHeader
        head={[
          { key: "name", text: "Partnership" },
          { key: "role", text: "Role" },
          { key: "model", text: "Model" },
          { key: "services", text: "Service areas" },
          { key: "status", text: "Status" },
          { key: "savings", text: "Savings (yearly estimate)" },
        ]}
        rows={partnerships.map((partnership) => ({
          key: partnership.slug,
          cells: [
            <Link key="name" className="govuk-link" href={`/partnerships/${partnership.slug}`}>
              {partnership.name}
            </Link>,
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
    </div>
  );
}
