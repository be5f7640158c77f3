import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DirectoryFilterForm, FilterPanelToggle } from "@/components/directory/directory-filter-form";
import { allCouncils, searchDirectory, type PageSearchParams } from "./directory-search.server";
import { directoryTitle, nearWording } from "@/components/directory/filter-title";
import { FilterPanel, type PanelValues } from "@/components/directory/filter-panel";
import { formQuery } from "@/components/directory/form-query";
import { fieldErrors, pageProblem } from "@/components/directory/problem-messages";
import { Results } from "@/components/directory/results";
import { SERVICE_NAME } from "@/components/layout/service-name";
import { countSelected, selectedFilterGroups } from "@/components/directory/selected-filters";
import { DownloadLinks } from "@/components/data/download-links";
import { CompareForm } from "@/components/partnership/compare-controls";
import { DirectoryMapPanel } from "@/components/map/directory-map-panel";
import { ErrorSummary } from "@/components/ui/error-summary";
import { directoryHref, directoryUrl, isEmptyFilter, toSearchParams } from "@/lib/filters/urls";
import { insightsHref } from "@/lib/insights/links";
import { feedHref } from "@/lib/partnerships/feed-links";
import { lastPage } from "@/lib/query-params/paging";

export const dynamic = "force-dynamic";

type SearchParams = Promise<PageSearchParams>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { filter, options, result, problems, labels } = await searchDirectory(await searchParams);
  const title = directoryTitle({
    filter,
    labels,
    total: result.total,
    page: options.page,
    hasProblems: problems.length > 0,
  });
  // The layout's title template applies to pages below it, not to this one beside it: the name is added here.
  return {
    title: { absolute: title === null ? SERVICE_NAME : `${title} – ${SERVICE_NAME}` },
    // Feed readers find the changes to exactly these partnerships.
    alternates: { types: { "application/atom+xml": feedHref(toSearchParams(filter)) } },
  };
}

export default async function DirectoryPage({ searchParams }: { searchParams: SearchParams }) {
  const { raw, namesReplaced, filter, options, result, problems, labels } = await searchDirectory(await searchParams);
  // A form sent without scripts names every field, empty or not, and councils by the names typed: answer with the
  // clean, shareable URL, councils by their codes.
  if (namesReplaced || [...raw.values()].some((value) => value.trim() === "")) {
    redirect(directoryUrl(formQuery(raw.entries())));
  }
  const shownProblems = problems
    .map(pageProblem)
    // The sort is only offered when there is something to sort.
    .map((problem) => (problem.parameter === "sort" && result.total === 0 ? { ...problem, href: undefined } : problem));
  const errors = fieldErrors(shownProblems);
  const groups = selectedFilterGroups(filter, options, labels);
  const last = lastPage(result.total, result.pageSize);
  const pastTheEnd = options.page > last;
  const text = (name: keyof PanelValues["text"]) => raw.getAll(name).join(", ");
  const inForce = new Set(filter.council);
  // Council codes the search could not use stay in the picker, beside their error, to be corrected.
  const unusedCouncils = raw
    .getAll("council")
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "" && !inForce.has(value.toUpperCase()));

  return (
    <>
      {shownProblems.length > 0 && (
        <ErrorSummary errors={shownProblems.map(({ text, href }) => ({ text, href }))}>
          {pastTheEnd && (
            <p className="govuk-body">
              <Link className="govuk-link" href={directoryHref(filter, { ...options, page: last })}>
                Go to the last page
              </Link>
            </p>
          )}
        </ErrorSummary>
      )}
      <h1 className="govuk-heading-xl">Find shared-service partnerships</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            Find UK councils that share services — who works with whom, how the arrangement is run, and what savings
            have been reported, with the public sources for every entry.
          </p>
        </div>
      </div>

      {result.total > 0 && (
        <a className="govuk-skip-link app-skip-to-results" href="#results-heading">
          Skip to the results
        </a>
      )}
      {/* Outside the filter form: the map's own controls must never submit it. */}
      {result.total > 0 && <DirectoryMapPanel filter={filter} />}
      <DirectoryFilterForm className="app-filter-layout" panelStartsOpen={shownProblems.length > 0}>
        {/* Past the filters in one step: the panel holds some fifty controls. */}
        <a href="#results-heading" className="govuk-link app-skip-to-results">
          Skip to results
        </a>
        <FilterPanelToggle selectedCount={countSelected(groups)} />
        <div className="app-filter-layout__filter">
          <FilterPanel
            values={{
              text: {
                q: text("q"),
                council: unusedCouncils.join(", "),
                near: text("near"),
                savingsMin: text("savingsMin"),
                savingsMax: text("savingsMax"),
                startFrom: text("startFrom"),
                startTo: text("startTo"),
                checkedSince: text("checkedSince"),
              },
              selected: filter,
              councils: filter.council,
              near: filter.near,
              hasSavings: filter.hasSavings,
              withinKm: filter.withinKm,
              predecessors: filter.predecessors,
              activeOnlyHref:
                filter.status.length === 1 && filter.status[0] === "active"
                  ? null
                  : directoryHref({ ...filter, status: ["active"] }, { ...options, page: 1 }),
            }}
            facets={result.facets}
            labels={labels.facets}
            errors={errors}
            selectedGroups={groups}
            councilOptions={await allCouncils()}
          />
        </div>
        <div className="app-filter-layout__content">
          <Results
            result={result}
            filter={filter}
            options={options}
            labels={labels.facets}
            sortError={errors.get("sort")}
            filtered={!isEmptyFilter(filter)}
            near={nearWording(filter, labels)}
          />
          {result.total > 0 && (
            <p className="govuk-body">
              <Link className="govuk-link" href={insightsHref(filter)}>
                See these results as charts
              </Link>{" "}
              ·{" "}
              <a className="govuk-link" href={feedHref(toSearchParams(filter))} type="application/atom+xml">
                Follow changes to them (Atom feed)
              </a>
            </p>
          )}
          {result.total > 0 && (
            <DownloadLinks
              query={toSearchParams(filter, options).toString()}
              headingLevel={3}
              title="Download these results"
            />
          )}
        </div>
      </DirectoryFilterForm>
      <CompareForm />
    </>
  );
}
