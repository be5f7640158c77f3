// The results side of the filter layout: how many match (announced when it changes), the totals, the sort,
// one page of partnerships and the pages.

import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import type { FacetLabels } from "@/lib/filters/labels";
import { DEFAULT_PAGE_SIZE, type ListOptions, type PartnershipFilter } from "@/lib/filters/schema";
import type { SearchResult } from "@/lib/filters/types";
import { formatCount, pluralise } from "@/lib/format";
import { directoryHref, toSearchParams } from "@/lib/filters/urls";
import { lastPage } from "@/lib/query-params/paging";
import { ResultsRegion, SortButton } from "./directory-filter-form";
import { Select } from "@/components/ui/form";
import { fieldId } from "./filter-fields";
import { KeyFigures } from "./key-figures";
import { PartnershipSummaryCard } from "./partnership-summary-card";
import { CompareButton } from "@/components/partnership/compare-controls";
import { sortChoices, sortValue } from "./sort-choices";

export function Results({
  result,
  filter,
  options,
  labels,
  sortError,
  filtered,
  near,
}: {
  result: SearchResult;
  filter: PartnershipFilter;
  options: ListOptions;
  labels: FacetLabels;
  sortError?: string;
  /** Any filter is in force (the empty result then says how to widen it). */
  filtered: boolean;
  /** Near a council: its code and name, and the filter's phrase for the heading ("within 40 km of Cheltenham"). */
  near?: { gss: string; name: string; phrase: string };
}) {
  const last = lastPage(result.total, result.pageSize);
  const first = (result.page - 1) * result.pageSize + 1;
  const shownTo = first + result.items.length - 1;
  // Each partnership's page links back to this list as it is.
  const listQuery = toSearchParams(filter, options).toString();

  return (
    <ResultsRegion>
      <div role="status" className="app-results__count" id="results-status">
        <h2 className="govuk-heading-l govuk-!-margin-bottom-4" id="results-heading" tabIndex={-1}>
          {pluralise(result.total, "partnership")}
          {near && ` ${near.phrase}`}
        </h2>
      </div>
      {result.total > 0 && <KeyFigures totals={result.totals} />}
      {result.total > 0 && (
        <div className="app-results__bar">
          <Select
            id={fieldId("sort")}
            name="sort"
            label="Sort by"
            labelClassName="govuk-label--s"
            className="app-inline-field"
            value={sortValue(options.sort, filter)}
            error={sortError}
            options={sortChoices(filter)}
            after={<SortButton />}
          />
          {last > 1 && result.items.length > 0 && (
            <p className="govuk-body app-results__range">
              Showing {formatCount(first)} to {formatCount(shownTo)} of {formatCount(result.total)}
            </p>
          )}
        </div>
      )}
      {result.pageSize !== DEFAULT_PAGE_SIZE && <input type="hidden" name="pageSize" value={result.pageSize} />}
      {result.total === 0 ? (
        <div className="app-results__empty">
          <p className="govuk-body">
            {filtered ? "No partnerships match these filters." : "No partnerships have been recorded yet."}
          </p>
          {filtered && (
            <p className="govuk-body">
              Try removing a filter, or{" "}
              <Link className="govuk-link" href="/" scroll={false}>
                clear all filters
              </Link>
              .
            </p>
          )}
        </div>
      ) : result.items.length === 0 ? (
        <p className="govuk-body">There are no partnerships on this page.</p>
      ) : (
        <ul className="app-partnership-list">
          {result.items.map((partnership) => (
            <li key={partnership.slug}>
              <PartnershipSummaryCard partnership={partnership} labels={labels} listQuery={listQuery} near={near} />
            </li>
          ))}
        </ul>
      )}
      {result.items.length > 1 && <CompareButton />}
      <Pagination
        current={result.page}
        last={last}
        hrefFor={(page) => directoryHref(filter, { ...options, page })}
        landmarkLabel="Results pages"
      />
    </ResultsRegion>
  );
}
