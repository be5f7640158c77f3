import { FreshnessTag } from "@/components/partnership/freshness-tag";
import Link from "next/link";
import { AnnualisedSavings } from "@/components/partnership/savings-value";
import { StatusTag } from "@/components/partnership/status-tag";
import { SummaryCard, SummaryList } from "@/components/ui/summary-list";
import { TagList } from "@/components/ui/tag";
import { CompareCheckbox } from "@/components/partnership/compare-controls";
import type { PartnershipSummary } from "@/lib/partnerships/types";
import { formatNameList, formatYearRange } from "@/lib/format";
import type { FacetLabels } from "@/lib/filters/labels";

const PARTNER_NAME_LIMIT = 4;

/** One partnership in the directory's result list: enough to decide whether to open it. */
export function PartnershipSummaryCard({
  partnership,
  labels,
}: {
  partnership: PartnershipSummary;
  labels: Pick<FacetLabels, "service" | "model">;
}) {
  const { members } = partnership;
  return (
    <SummaryCard
      headingLevel={3}
      title={
        <Link className="govuk-link" href={partnership.url}>
          {partnership.name}
        </Link>
      }
    >
      <SummaryList
        className="govuk-summary-list--no-border app-result-card__list"
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
          {
            key: "Service areas",
            value:
              partnership.serviceAreas.length > 0 ? (
                <TagList
                  colour="light-blue"
                  items={partnership.serviceAreas.map((slug) => ({
                    key: slug,
                    label: labels.service.get(slug) ?? slug,
                  }))}
                />
              ) : (
                "Not recorded"
              ),
          },
          { key: "Model", value: labels.model.get(partnership.modelType) ?? partnership.modelType },
          {
            key: "Status",
            value: (
              <>
                <StatusTag status={partnership.status} /> <FreshnessTag lastVerified={partnership.lastVerified} />{" "}
                <span className="govuk-body-s app-nowrap">
                  {formatYearRange(partnership.startYear, partnership.endYear, { status: partnership.status })}
                </span>
              </>
            ),
          },
          {
            key: "Savings",
            value: (
              <AnnualisedSavings amount={partnership.annualisedSavingsGbp} savingsCount={partnership.savings.length} />
            ),
          },
        ]}
      />
      <CompareCheckbox slug={partnership.slug} name={partnership.name} />
    </SummaryCard>
  );
}
