import { CountedThrough } from "@/components/council/counted-through";
import { FreshnessTag } from "@/components/partnership/freshness-tag";
import Link from "next/link";
import { AnnualisedSavings } from "@/components/partnership/savings-value";
import { StatusTag } from "@/components/partnership/status-tag";
import { SummaryCard, SummaryList } from "@/components/ui/summary-list";
import { TagList } from "@/components/ui/tag";
import { CompareCheckbox } from "@/components/partnership/compare-controls";
import type { PartnershipSummary } from "@/lib/partnerships/types";
import { formatKm, formatKnownDate, formatNameList, formatYearRange } from "@/lib/format";
import type { FacetLabels } from "@/lib/filters/labels";
import { fromDirectory } from "@/lib/filters/urls";

const PARTNER_NAME_LIMIT = 4;

/**
 * One partnership in the directory's result list: enough to decide whether to open it. Near a council (`near`),
 * how far its nearest member is, or that the council is a member.
 */
export function PartnershipSummaryCard({
  partnership,
  labels,
  listQuery = "",
  near,
}: {
  partnership: PartnershipSummary;
  labels: Pick<FacetLabels, "service" | "model">;
  /** The list's query string, carried to the partnership's page for its way back. */
  listQuery?: string;
  near?: { gss: string; name: string };
}) {
  const { members, distanceKm } = partnership;
  const distance =
    near && distanceKm !== undefined
      ? [
          {
            key: "Distance",
            value: members.some((member) => member.gss === near.gss)
              ? `${near.name} is a member`
              : distanceKm === null
                ? "No member has a recorded location"
                : `${formatKm(distanceKm)} from ${near.name} (nearest member)`,
          },
        ]
      : [];
  return (
    <SummaryCard
      headingLevel={3}
      title={
        <Link className="govuk-link" href={fromDirectory(partnership.url, listQuery)}>
          {partnership.name}
        </Link>
      }
    >
      <SummaryList
        className="govuk-summary-list--no-border app-result-card__list"
        rows={[
          ...distance,
          {
            key: `Partners (${members.length})`,
            id: "partners",
            value: (
              <>
                {members.length > 0
                  ? formatNameList(
                      members.map((m) => m.name),
                      PARTNER_NAME_LIMIT,
                    )
                  : "Not recorded"}
                <CountedThrough via={partnership.viaPredecessors} />
              </>
            ),
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
                <StatusTag status={partnership.status} /> <FreshnessTag entry={partnership} />{" "}
                <span className="govuk-body-s app-nowrap">
                  {formatYearRange(partnership.startYear, partnership.endYear, { status: partnership.status })}
                </span>
              </>
            ),
          },
          {
            key: "Last checked",
            value: partnership.lastVerified ? formatKnownDate(partnership.lastVerified) : "Not recorded",
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
