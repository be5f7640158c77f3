// A partnership row's savings figure as a claim ready to store: its period (stated, or read from the note)
// and its annualised estimate, both by lib/savings.

import { annualisedSavings, periodYearsFromNote } from "@/lib/savings";
import type { EntryClaim } from "@/lib/partnerships/write.server";
import type { SavingsBasis } from "@/lib/vocabulary";

/**
 * A claim as the writer takes it (periodYears: as stated in the seed, else read from the note; null when
 * unknown), with its annualised estimate: null when it cannot be annualised (a total over an unknown period).
 */
export type SeedSavingsClaim = EntryClaim & { annualisedGbp: number | null };

type ClaimFields = {
  savings_gbp: number | null;
  savings_basis: SavingsBasis | null;
  savings_period_years: number | null;
  savings_period_note: string | null;
  savings_source_url: string | null;
  savings_credited_to: readonly string[];
  savings_reported_year: number | null;
  start_year: number | null;
};

/** The claims of one partnership row: none when no figure is reported (never a claim of £0). */
export function savingsClaimsOf(row: ClaimFields): SeedSavingsClaim[] {
  if (row.savings_gbp === null || row.savings_basis === null) return [];
  const note = row.savings_period_note;
  const periodYears = row.savings_period_years ?? (note === null ? null : periodYearsFromNote(note, row.start_year));
  const claim = { amountGbp: row.savings_gbp, basis: row.savings_basis, periodYears };
  return [
    {
      ...claim,
      annualisedGbp: annualisedSavings(claim),
      note,
      sourceUrl: row.savings_source_url,
      creditedTo: row.savings_credited_to,
      reportedYear: row.savings_reported_year,
    },
  ];
}
