// A savings claim in words, for comparisons and their CSV: the figure, its basis and period, whether it was
// achieved or projected, and its yearly estimate. When claims say whose saving they are, it is worded here too.

import { formatGbp, formatNameList, formatPeriodYears } from "@/lib/format";
import { SAVINGS_BASIS_LABELS, type SavingsBasis } from "@/lib/vocabulary";
import { annualisedSavings, isAchievedBasis, isYearlyBasis, partnershipSavings, type SavingsClaim } from "./annualise";

export type DescribedClaim = SavingsClaim & {
  note: string | null;
  /** The member councils the saving is theirs; empty or absent for the whole partnership's. */
  creditedTo?: readonly { name: string }[];
  reportedYear?: number | null;
};

/** "£6,000,000 annual (a yearly figure), achieved; £6,000,000 a year as stated — all shared working". */
export function describeClaim(claim: DescribedClaim): string {
  const period =
    claim.periodYears !== null
      ? formatPeriodYears(claim.periodYears)
      : isYearlyBasis(claim.basis)
        ? "a yearly figure"
        : "period not reported";
  const yearly = annualisedSavings(claim);
  const estimate =
    yearly === null
      ? "no yearly estimate"
      : `${formatGbp(yearly)} a year ${isYearlyBasis(claim.basis) ? "as stated" : "(estimate)"}`;
  const kind = isAchievedBasis(claim.basis) ? "achieved" : "projected";
  const basis = SAVINGS_BASIS_LABELS[claim.basis as SavingsBasis].toLowerCase();
  const whose = claim.creditedTo?.length
    ? `${formatNameList(claim.creditedTo.map((council) => council.name))}'s saving`
    : "the whole partnership's saving";
  const reported = claim.reportedYear ? `, reported ${claim.reportedYear}` : "";
  return `${formatGbp(claim.amountGbp)} ${basis} (${period}), ${kind}, ${whose}${reported}; ${estimate}${claim.note ? ` — ${claim.note}` : ""}`;
}

/** The partnership's one yearly figure in words, or "Not reported" written out. */
export function describePartnershipSavings(claims: readonly SavingsClaim[]): string {
  const savings = partnershipSavings(claims);
  if (savings.state === "not-reported") return "Not reported";
  if (savings.state === "no-estimate") return "Reported, but not as a yearly figure (the period is not known)";
  return `${formatGbp(savings.annualisedGbp)} a year, ${savings.achieved ? "achieved" : "projected"} (${SAVINGS_BASIS_LABELS[savings.basis].toLowerCase()} figure)`;
}
