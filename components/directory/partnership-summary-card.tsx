import Link from "next/link";
import { AnnualisedSavings } from "@/components/partnership/savings-value";
import { ServiceAreaTags } from "@/components/partnership/service-area-tags";
import { StatusTag } from "@/components/partnership/status-tag";
import { SummaryCard, SummaryList } from "@/components/ui/summary-list";
import { formatNameList, formatYearRange } from "@/lib/format";
import type { PartnershipListItem } from "@/lib/partnerships/types";

const PARTNER_NAME_LIMIT = 6;

export function PartnershipSummaryCard({ partnership }: { partnership: PartnershipListItem }) {
  const { members } = partnership;
  return (
    <SummaryCard
      title={
        <Link className="govuk-link" href={`/partnerships/${partnership.slug}`}>
          {partnership.name}
        </Link>
      }
    >
      <p className="govuk-body app-summary-card__summary">{partnership.summary}</p>
      <SummaryList
        rows={[
          {
            key: `Partners (${members.length})`,
            id: "partners",
            value:
              members.length > 0
                ? formatNameList(
                    members.map((m) => m.name),
                    PARTNER_NAME_LIMIT,
                  )
                : "Not recorded",
          },
          { key: "Service areas", value: <ServiceAreaTags serviceAreas={partnership.serviceAreas} /> },
          { key: "Model", value: partnership.modelType.label },
          {
            key: "Status",
            value: (
              <>
                <StatusTag status={partnership.status} />{" "}
                <span className="govuk-body-s app-nowrap">
                  {formatYearRange(partnership.startYear, partnership.endYear, { status: partnership.status })}
                </span>
              </>
            ),
          },
          {
            key: "Savings",
            value: (
              <AnnualisedSavings amount={partnership.annualisedSavingsGbp} savingsCount={partnership.savingsCount} />
            ),
          },
        ]}
      />
    </SummaryCard>
  );
}
