import { formatGbp } from "@/lib/format";

/**
 * A partnership's annualised estimate, or "not reported" written out — never £0 for a missing figure.
 * `compact` drops the words a table header already says.
 */
export function AnnualisedSavings({
  amount,
  savingsCount,
  compact = false,
}: {
  amount: number | null;
  savingsCount: number;
  compact?: boolean;
}) {
  if (amount !== null) return <>{compact ? `${formatGbp(amount)} a year` : `${formatGbp(amount)} a year (estimate)`}</>;
  if (savingsCount > 0) {
    return (
      <>{compact ? "Not annualised (period not known)" : "Reported, but not annualised — the period is not known"}</>
    );
  }
  return <>Not reported</>;
}
