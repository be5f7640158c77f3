import type { SearchTotals } from "@/lib/filters/types";
import { formatCount, formatGbp } from "@/lib/format";

/** The headline totals of everything the filter matches (all pages, not just this one). */
export function KeyFigures({ totals }: { totals: SearchTotals }) {
  return (
    <>
      <h3 className="govuk-visually-hidden">Totals for these partnerships</h3>
      <dl className="app-key-figures">
        <div className="app-key-figures__item">
          <dt className="app-key-figures__label">Partnerships</dt>
          <dd className="app-key-figures__value">{formatCount(totals.partnerships)}</dd>
        </div>
        <div className="app-key-figures__item">
          <dt className="app-key-figures__label">Councils involved</dt>
          <dd className="app-key-figures__value">{formatCount(totals.councils)}</dd>
        </div>
        <div className="app-key-figures__item app-key-figures__item--wide">
          <dt className="app-key-figures__label">Savings a year</dt>
          <dd className="app-key-figures__value">
            {totals.annualisedSavingsGbp > 0 ? formatGbp(totals.annualisedSavingsGbp) : "Not reported"}
          </dd>
          <dd className="app-key-figures__note" data-testid="savings-headline">
            One annualised estimate per partnership, never two claims added: {formatGbp(totals.achievedSavingsGbp)} from
            savings reported as made, {formatGbp(totals.projectedSavingsGbp)} projected;{" "}
            {formatCount(totals.withSavings)} of {formatCount(totals.partnerships)} report savings
          </dd>
        </div>
      </dl>
    </>
  );
}
