import type { Metadata } from "next";
import { ChartFigure } from "@/components/charts/chart-figure";
import { describeFilter } from "@/components/directory/filter-title";
import { pageProblem } from "@/components/directory/problem-messages";
import { ErrorSummary } from "@/components/ui/error-summary";
import { InsetText } from "@/components/ui/inset-text";
import { directoryHref, isEmptyFilter, mapHref, toSearchParams } from "@/lib/filters/urls";
import { formatCount, pluralise } from "@/lib/format";
import { insightsOf, medianText } from "@/lib/insights/charts.server";
import { insightCsvHref } from "@/lib/insights/links";
import { filteredPage, type PageSearchParams } from "../filtered-page.server";

export const dynamic = "force-dynamic";

type SearchParams = Promise<PageSearchParams>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { filter, labels, problems } = await filteredPage(await searchParams);
  const what = isEmptyFilter(filter) ? "All partnerships" : describeFilter(filter, labels);
  return { title: `${problems.length ? "Error: " : ""}Insights: ${what}` };
}

export default async function InsightsPage({ searchParams }: { searchParams: SearchParams }) {
  const { filter, resolved, problems, labels } = await filteredPage(await searchParams);
  const insights = await insightsOf(resolved);
  const { charts, savings, timelineGaps } = insights;
  const query = toSearchParams(filter).toString();
  const csv = (id: string) => insightCsvHref(id, query);
  const what = isEmptyFilter(filter) ? "All partnerships" : describeFilter(filter, labels);
  const left = [
    timelineGaps.noStartYear && `${pluralise(timelineGaps.noStartYear, "partnership")} with no recorded start year`,
    timelineGaps.planned && `${pluralise(timelineGaps.planned, "planned partnership")}`,
  ].filter(Boolean);

  return (
    <>
      {problems.length > 0 && <ErrorSummary errors={problems.map(pageProblem).map(({ text }) => ({ text }))} />}
      <span className="govuk-caption-l">Insights</span>
      <h1 className="govuk-heading-l">{what}</h1>
      <p className="govuk-body-l">
        {formatCount(insights.total)} {insights.total === 1 ? "partnership" : "partnerships"} in charts, each with its
        table of numbers.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={directoryHref(filter)}>
          List {insights.total === 1 ? "this partnership" : "these partnerships"} in the directory
        </a>{" "}
        (to change the filter) ·{" "}
        <a className="govuk-link" href={mapHref(filter)}>
          See them on the map
        </a>
      </p>
      <nav className="app-contents" aria-label="Charts on this page">
        <h2 className="govuk-heading-s">Contents</h2>
        <ul className="govuk-list">
          {Object.values(charts).map((table) => (
            <li key={table.id}>
              <a className="govuk-link" href={`#${table.id}-heading`}>
                {table.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {insights.total === 0 ? (
        <p className="govuk-body">No partnerships match this filter, so there is nothing to chart.</p>
      ) : (
        <>
          <ChartFigure table={charts.services} csvHref={csv("services")} />
          <ChartFigure table={charts.models} csvHref={csv("models")} />
          <ChartFigure table={charts.places} csvHref={csv("places")} />
          <ChartFigure
            table={charts.timeline}
            chart={{ kind: "years", columns: [0, 1], line: null }}
            csvHref={csv("timeline")}
          >
            {left.length > 0 && <p className="govuk-body">Not counted: {left.join("; ")}.</p>}
          </ChartFigure>
          <ChartFigure table={charts.active} chart={{ kind: "years", columns: [], line: 0 }} csvHref={csv("active")}>
            {timelineGaps.endedWithoutYear > 0 && (
              <p className="govuk-body">
                Not counted: {pluralise(timelineGaps.endedWithoutYear, "partnership")} that ended in a year not
                recorded.
              </p>
            )}
          </ChartFigure>
          <ChartFigure table={charts.savings} csvHref={csv("savings")}>
            <InsetText>
              <p className="govuk-body">
                Each partnership is counted once, at its own yearly figure: the largest from savings already made, or
                only when there is none, the largest projection. Figures are not added up: partnerships report on
                different bases and several figures often describe one saving.
              </p>
              <ul className="govuk-list govuk-list--bullet">
                <li>
                  Achieved: {pluralise(savings.achieved, "partnership")}
                  {savings.medianAchievedGbp !== null && `, middle figure ${medianText(savings.medianAchievedGbp)}`}
                </li>
                <li>
                  Projected only: {pluralise(savings.projected, "partnership")}
                  {savings.medianProjectedGbp !== null && `, middle figure ${medianText(savings.medianProjectedGbp)}`}
                </li>
                <li>Reported, but not as a yearly figure: {pluralise(savings.noEstimate, "partnership")}</li>
                <li>No savings reported: {pluralise(savings.notReported, "partnership")}</li>
              </ul>
            </InsetText>
          </ChartFigure>
          <ChartFigure table={charts["council-types"]} csvHref={csv("council-types")} />
          <ChartFigure table={charts.councils} csvHref={csv("councils")} />
        </>
      )}
    </>
  );
}
