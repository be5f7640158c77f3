import { ExternalLink } from "@/components/ui/external-link";
import { SummaryCard, SummaryList, type SummaryListRow } from "@/components/ui/summary-list";
import { formatGbp, formatPeriodYears, hostOf } from "@/lib/format";
import { isAchievedBasis, isYearlyBasis } from "@/lib/savings";
import { SAVINGS_BASIS_LABELS } from "@/lib/vocabulary";
import type { SavingsClaimDetail } from "@/lib/partnerships/types";

function period(claim: SavingsClaimDetail): string {
  if (claim.periodYears !== null) return formatPeriodYears(claim.periodYears);
  return isYearlyBasis(claim.basis) ? "a yearly figure" : "period not reported";
}

function annualised(claim: SavingsClaimDetail): string {
  if (claim.annualisedGbp === null) return "not estimated — period not reported";
  const how = isYearlyBasis(claim.basis) ? "as stated" : "estimate";
  return `${formatGbp(claim.annualisedGbp)} a year (${how})`;
}

function ClaimCard({ claim, index, count }: { claim: SavingsClaimDetail; index: number; count: number }) {
  const basis = SAVINGS_BASIS_LABELS[claim.basis];
  const rows: SummaryListRow[] = [
    { key: "Amount", value: formatGbp(claim.amountGbp) },
    { key: "Basis", value: basis },
    { key: "Period", value: period(claim) },
    { key: "Annualised", value: annualised(claim) },
    { key: "Achieved or projected", value: isAchievedBasis(claim.basis) ? "Achieved" : "Projected" },
    {
      key: "Whose saving",
      value:
        claim.creditedTo.length === 0
          ? "The whole partnership's"
          : `${claim.creditedTo.map((council) => council.name).join(" and ")} only`,
    },
  ];
  if (claim.reportedYear !== null) rows.push({ key: "Reported", value: String(claim.reportedYear) });
  if (claim.note) rows.push({ key: "Note", value: claim.note });
  rows.push({
    key: "Source",
    value: claim.sourceUrl ? (
      <ExternalLink href={claim.sourceUrl}>
        {hostOf(claim.sourceUrl)}
        <span className="govuk-visually-hidden"> (source for the {formatGbp(claim.amountGbp)} figure)</span>
      </ExternalLink>
    ) : (
      "See the sources below"
    ),
  });
  const title = `${formatGbp(claim.amountGbp)} ${basis.toLowerCase()}`;
  return (
    <SummaryCard headingLevel={3} title={count > 1 ? `Figure ${index + 1}: ${title}` : title}>
      <SummaryList rows={rows} />
    </SummaryCard>
  );
}

export function SavingsClaims({ claims }: { claims: SavingsClaimDetail[] }) {
  if (claims.length === 0) {
    return <p className="govuk-body">Savings: not reported. No savings figure was found in the sources.</p>;
  }
  return (
    <>
      {claims.map((claim, index) => (
        <ClaimCard key={index} claim={claim} index={index} count={claims.length} />
      ))}
    </>
  );
}
