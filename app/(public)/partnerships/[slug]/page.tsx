import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactDetails } from "@/components/partnership/contact-details";
import { LineageList } from "@/components/partnership/lineage-list";
import { MembersTable } from "@/components/partnership/members-table";
import { AnnualisedSavings } from "@/components/partnership/savings-value";
import { SavingsClaims } from "@/components/partnership/savings-claims";
import { SimilarPartnerships } from "@/components/partnership/similar-partnerships";
import { CompareWithForm } from "@/components/partnership/compare-controls";
import { SourcesList } from "@/components/partnership/sources-list";
import { StatusTag } from "@/components/partnership/status-tag";
import { ModelLink, ServiceAreaLinks } from "@/components/council/directory-links";
import { PartnershipMiniMap } from "@/components/map/partnership-mini-map";
import { FreshnessTag } from "@/components/partnership/freshness-tag";
import { BackLink } from "@/components/ui/back-link";
import { Details } from "@/components/ui/details";
import { SummaryList } from "@/components/ui/summary-list";
import { directoryReturnHref } from "@/lib/filters/urls";
import { formatDate, formatKnownDate, formatYearRange } from "@/lib/format";
import { CHECK_DUE_YEARS, mayBeOutOfDate } from "@/lib/partnerships/freshness";
import { lastVerifiedText } from "@/lib/partnerships/last-verified";
import { getPartnership, similarPartnerships } from "@/lib/partnerships/index.server";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const partnership = await getPartnership((await params).slug);
  if (!partnership) return { title: "Page not found" };
  return { title: partnership.name, description: partnership.summary };
}

export default async function PartnershipPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const partnership = await getPartnership((await params).slug);
  if (!partnership) notFound();
  const similar = await similarPartnerships(partnership.slug);

  const checked = partnership.lastVerified
    ? lastVerifiedText(partnership.lastVerified.date, partnership.lastVerified.precision)
    : null;
  const lastChecked = checked ? formatKnownDate(checked) : "Not recorded";
  const outOfDate = mayBeOutOfDate({ status: partnership.status, lastVerified: checked });

  return (
    <>
      <BackLink href={directoryReturnHref((await searchParams).from)}>Back to the directory</BackLink>
      <span className="govuk-caption-l">Partnership</span>
      <h1 className="govuk-heading-l">{partnership.name}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">{partnership.summary}</p>
        </div>
      </div>

      <SummaryList
        rows={[
          { key: "Model", value: <ModelLink model={partnership.modelType} /> },
          { key: "Status", value: <StatusTag status={partnership.status} /> },
          {
            key: "Years",
            value: formatYearRange(partnership.startYear, partnership.endYear, { status: partnership.status }),
          },
          { key: "Service areas", value: <ServiceAreaLinks areas={partnership.serviceAreas} /> },
          {
            key: "Savings",
            value: (
              <AnnualisedSavings amount={partnership.annualisedSavingsGbp} savingsCount={partnership.savings.length} />
            ),
          },
          {
            key: "Last checked",
            value: (
              <>
                {lastChecked} <FreshnessTag entry={{ status: partnership.status, lastVerified: checked }} />
                {outOfDate && (
                  <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    An active partnership whose entry has not been checked against its sources for {CHECK_DUE_YEARS}{" "}
                    years may have changed since.
                  </p>
                )}
              </>
            ),
          },
        ]}
      />

      <p className="govuk-body app-no-print">
        <a className="govuk-link" href={`/submit?slug=${partnership.slug}`}>
          Suggest a change to this entry
        </a>{" "}
        ·{" "}
        <a className="govuk-link" href={`/partnerships/${partnership.slug}/history`}>
          History of this entry
        </a>
      </p>

      <h2 className="govuk-heading-m">Members</h2>
      <PartnershipMiniMap slug={partnership.slug} name={partnership.name} />
      <MembersTable members={partnership.members} />

      <h2 className="govuk-heading-m">Savings</h2>
      <SavingsClaims claims={partnership.savings} />
      {partnership.savings.length > 0 && (
        <Details summary="How yearly estimates are worked out">
          <p className="govuk-body">
            Figures are shown as the sources report them. To compare partnerships, annual figures are taken as stated
            and totals over several years are divided by the number of years they cover. Where that period is not known,
            no yearly estimate is made.
          </p>
          <p className="govuk-body">
            The partnership’s yearly figure is the largest estimate from savings already made; targets and projections
            stand in only when no achieved saving can be annualised. Figures are never added together, because several
            figures often describe the same saving.
          </p>
        </Details>
      )}

      <LineageList lineage={partnership.lineage} />

      <h2 className="govuk-heading-m">Sources</h2>
      <SourcesList sources={partnership.sources} />

      {partnership.sourceNotes && (
        <>
          <h2 className="govuk-heading-m">Evidence</h2>
          <div className="govuk-grid-row">
            <p className="govuk-body govuk-grid-column-two-thirds">{partnership.sourceNotes}</p>
          </div>
        </>
      )}

      <h2 className="govuk-heading-m">Contact</h2>
      <ContactDetails contact={partnership.contact} />

      <p className="govuk-body-s">
        Last checked against its sources: {lastChecked}. Entry last updated {formatDate(partnership.updatedAt, "day")}.
      </p>

      <div className="app-no-print">
        <h2 className="govuk-heading-m" id="similar">
          Similar partnerships
        </h2>
        <SimilarPartnerships partnerships={similar} />
        <CompareWithForm slug={partnership.slug} name={partnership.name} candidates={similar} />
      </div>
    </>
  );
}
