// How the partnerships of a filter spread over sizes of yearly saving, achieved and projected kept apart, and
// how many report nothing or nothing that can be annualised. Never a sum: one partnership's several claims
// usually describe one saving (see partnershipSavings), and partnerships' figures rest on different bases.

import { partnershipSavings, type SavingsClaim } from "./annualise";

/** Bands of annualised savings (£ a year), each from its lower bound up to the next band's. */
export const SAVINGS_BANDS = [
  { key: "under-100k", label: "Under £100,000", from: 0 },
  { key: "100k-250k", label: "£100,000 to £249,999", from: 100_000 },
  { key: "250k-500k", label: "£250,000 to £499,999", from: 250_000 },
  { key: "500k-1m", label: "£500,000 to £999,999", from: 500_000 },
  { key: "1m-2.5m", label: "£1m to £2.49m", from: 1_000_000 },
  { key: "2.5m-5m", label: "£2.5m to £4.99m", from: 2_500_000 },
  { key: "5m-10m", label: "£5m to £9.99m", from: 5_000_000 },
  { key: "10m-plus", label: "£10m or more", from: 10_000_000 },
] as const;

export type SavingsBand = (typeof SAVINGS_BANDS)[number]["key"];

export function savingsBand(annualisedGbp: number): SavingsBand {
  let band: SavingsBand = SAVINGS_BANDS[0].key;
  for (const candidate of SAVINGS_BANDS) if (annualisedGbp >= candidate.from) band = candidate.key;
  return band;
}

export type SavingsDistribution = {
  /** Partnerships per band whose figure rests on savings made (annual, cumulative) and on projections. */
  bands: { key: SavingsBand; label: string; achieved: number; projected: number }[];
  achieved: number;
  projected: number;
  /** At least one claim, none of which can be annualised (a total over an unknown period). */
  noEstimate: number;
  notReported: number;
  /** The middle of the achieved and of the projected figures (null when there are none). */
  medianAchievedGbp: number | null;
  medianProjectedGbp: number | null;
};

/** The distribution of partnerships' figures (partnershipSavings), from each partnership's claims. */
export function savingsDistribution(claimsByPartnership: Iterable<readonly SavingsClaim[]>): SavingsDistribution {
  const counts = new Map<SavingsBand, { achieved: number; projected: number }>(
    SAVINGS_BANDS.map((band) => [band.key, { achieved: 0, projected: 0 }]),
  );
  const figures = { achieved: [] as number[], projected: [] as number[] };
  let noEstimate = 0;
  let notReported = 0;
  for (const claims of claimsByPartnership) {
    const savings = partnershipSavings(claims);
    if (savings.state === "not-reported") notReported += 1;
    else if (savings.state === "no-estimate") noEstimate += 1;
    else {
      const kind = savings.achieved ? "achieved" : "projected";
      counts.get(savingsBand(savings.annualisedGbp))![kind] += 1;
      figures[kind].push(savings.annualisedGbp);
    }
  }
  return {
    bands: SAVINGS_BANDS.map((band) => ({ key: band.key, label: band.label, ...counts.get(band.key)! })),
    achieved: figures.achieved.length,
    projected: figures.projected.length,
    noEstimate,
    notReported,
    medianAchievedGbp: median(figures.achieved),
    medianProjectedGbp: median(figures.projected),
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}
