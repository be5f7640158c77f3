// Turns savings claims into comparable annualised estimates. This is the one place the rule lives:
// pages, filters, exports and the seed loader all call it.

import type { SavingsBasis } from "@/lib/vocabulary";

/** One reported figure. A claim of £0 is a claim; "not reported" is the absence of any claim. */
export type SavingsClaim = {
  /** Whole pounds, zero or more. */
  amountGbp: number;
  basis: SavingsBasis;
  /** Years the figure covers, when known; only totals (cumulative, projected-total) need it. */
  periodYears: number | null;
};

/** Pounds a year, or null when the claim cannot be turned into a yearly figure (never 0 for "unknown"). */
export type AnnualisedGbp = number | null;

/** Bases that state a yearly figure: the estimate is the figure itself. */
export const YEARLY_BASES = ["annual", "projected-annual"] as const satisfies readonly SavingsBasis[];

/** Bases that report savings already made, as opposed to targets and forecasts. */
export const ACHIEVED_BASES = ["annual", "cumulative"] as const satisfies readonly SavingsBasis[];

export function isYearlyBasis(basis: SavingsBasis): boolean {
  return (YEARLY_BASES as readonly SavingsBasis[]).includes(basis);
}

export function isAchievedBasis(basis: SavingsBasis): boolean {
  return (ACHIEVED_BASES as readonly SavingsBasis[]).includes(basis);
}

/**
 * The annualised estimate of one claim, in whole pounds: annual and projected-annual figures as stated;
 * cumulative and projected-total figures divided by the years they cover. Null when the period is unknown
 * or not positive, or the amount is not a usable number.
 */
export function annualisedSavings(claim: SavingsClaim): AnnualisedGbp {
  const { amountGbp, basis, periodYears } = claim;
  if (!Number.isFinite(amountGbp) || amountGbp < 0) return null;
  if (isYearlyBasis(basis)) return Math.round(amountGbp);
  if (periodYears === null || !Number.isFinite(periodYears) || periodYears <= 0) return null;
  return Math.round(amountGbp / periodYears);
}

/** What a partnership's savings amount to, with "not reported" and "reported but not comparable" kept apart. */
export type PartnershipSavings =
  | { state: "not-reported" }
  | { state: "no-estimate"; claims: number }
  | { state: "estimated"; annualisedGbp: number; basis: SavingsBasis; achieved: boolean };

/**
 * The partnership-level figure used for the savings filter, sorting and totals.
 *
 * Claims are never summed: a partnership's several claims usually describe the same saving at different
 * times or from different councils' points of view, so adding them would count it twice. Savings already
 * made (annual, cumulative) are better evidence than targets, so the largest achieved estimate is taken;
 * only when no achieved claim can be annualised does the largest projected estimate stand in.
 */
export function partnershipSavings(claims: readonly SavingsClaim[]): PartnershipSavings {
  if (claims.length === 0) return { state: "not-reported" };
  let best: { annualisedGbp: number; basis: SavingsBasis; achieved: boolean } | null = null;
  for (const claim of claims) {
    const annualisedGbp = annualisedSavings(claim);
    if (annualisedGbp === null) continue;
    const achieved = isAchievedBasis(claim.basis);
    const better =
      best === null ||
      (achieved && !best.achieved) ||
      (achieved === best.achieved && annualisedGbp > best.annualisedGbp);
    if (better) best = { annualisedGbp, basis: claim.basis, achieved };
  }
  return best === null ? { state: "no-estimate", claims: claims.length } : { state: "estimated", ...best };
}

/** The claim partnershipSavings counts, with its estimate; null when none can be annualised. */
export function countedClaim<C extends SavingsClaim>(claims: readonly C[]): { claim: C; annualisedGbp: number } | null {
  let best: { claim: C; annualisedGbp: number; achieved: boolean } | null = null;
  for (const claim of claims) {
    const annualisedGbp = annualisedSavings(claim);
    if (annualisedGbp === null) continue;
    const achieved = isAchievedBasis(claim.basis);
    if (
      best === null ||
      (achieved && !best.achieved) ||
      (achieved === best.achieved && annualisedGbp > best.annualisedGbp)
    )
      best = { claim, annualisedGbp, achieved };
  }
  return best && { claim: best.claim, annualisedGbp: best.annualisedGbp };
}

/**
 * One partnership's yearly estimate shared among the councils it belongs to, so that no claim is credited in
 * full to several councils and the councils' shares add up to the estimate: a claim credited to named member
 * councils is theirs, shared equally among them; a whole partnership's claim is shared equally among its member
 * councils. In whole pence, the remainder going to the first councils, so the shares sum exactly.
 */
export function councilShares(
  annualisedGbp: number,
  memberCouncils: readonly string[],
  creditedTo: readonly string[],
): Map<string, number> {
  const named = creditedTo.filter((gss) => memberCouncils.includes(gss));
  const councils = [...new Set(named.length > 0 ? named : memberCouncils)];
  const shares = new Map<string, number>();
  if (councils.length === 0) return shares;
  const pence = Math.round(annualisedGbp * 100);
  const each = Math.floor(pence / councils.length);
  councils.forEach((gss, i) => shares.set(gss, (each + (i < pence - each * councils.length ? 1 : 0)) / 100));
  return shares;
}

/** The partnership-level annualised estimate (see partnershipSavings); null when there is none. */
export function partnershipAnnualisedSavings(claims: readonly SavingsClaim[]): AnnualisedGbp {
  const savings = partnershipSavings(claims);
  return savings.state === "estimated" ? savings.annualisedGbp : null;
}
