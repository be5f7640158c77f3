import type { Metadata } from "next";
import { CouncilPicker } from "@/components/council/council-picker";
import { CouncilSearchForm, type FieldErrors } from "@/components/council/council-search-form";
import { AbolishedCouncilsTable, CurrentCouncilsTable } from "@/components/council/councils-table";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { councilOptions, findCouncils } from "@/lib/councils/index.server";
import { parseCouncilQuery } from "@/lib/councils/params";
import { formatCount, pluralise } from "@/lib/format";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Councils" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FIELDS = new Set(["q", "type", "region", "nation", "status"]);

export default async function CouncilsPage({ searchParams }: { searchParams: SearchParams }) {
  // The page shows every match, so paging parameters from the shared schema are accepted and have no effect.
  const { query, problems } = parseCouncilQuery(await searchParams);
  const [{ current, former }, options] = await Promise.all([findCouncils(query), councilOptions()]);

  const fieldErrors: FieldErrors = {};
  const summaryItems: ErrorSummaryItem[] = problems.map((problem) => {
    if (FIELDS.has(problem.parameter)) {
      fieldErrors[problem.parameter as keyof FieldErrors] = problem.message;
      return { text: problem.message, href: `#${problem.parameter}` };
    }
    return { text: problem.message };
  });
  const filtered = Boolean(query.q) || query.type.length + query.region.length + query.nation.length > 0;
  const total = current.length + former.length;

  return (
    <>
      {summaryItems.length > 0 && (
        <ErrorSummary errors={summaryItems}>
          <p className="govuk-body">The councils below ignore the values that could not be used.</p>
        </ErrorSummary>
      )}
      <h1 className="govuk-heading-xl">Councils</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            Every UK principal council, with the number of shared-service partnerships it is part of. Councils abolished
            by reorganisation keep their page and their partnerships.
          </p>
          <h2 className="govuk-heading-m">Search councils</h2>
          <CouncilSearchForm query={query} errors={fieldErrors} />
        </div>

        <div className="govuk-grid-column-one-third">
          <aside aria-labelledby="partnerships-of-a-council">
            <h2 className="govuk-heading-m" id="partnerships-of-a-council">
              Partnerships of a council
            </h2>
            <form method="get" action="/">
              <CouncilPicker
                id="council"
                options={options}
                label="Council"
                labelClassName="govuk-label--s"
                hint="Start typing a council’s name, or its GSS code"
              />
              <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                Show partnerships
              </button>
            </form>
          </aside>
        </div>
      </div>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <h2 className="govuk-heading-m" id="results">
            {filtered ? `${pluralise(total, "council")} found` : `${pluralise(total, "council")}`}
          </h2>
          {total === 0 && <p className="govuk-body">No councils match. Check the spelling, or clear some filters.</p>}

          {current.length > 0 && (
            <>
              <h3 className="govuk-heading-s">Current councils ({formatCount(current.length)})</h3>
              <CurrentCouncilsTable councils={current} caption="Current councils" />
            </>
          )}

          {former.length > 0 && (
            <>
              <h3 className="govuk-heading-s" id="abolished">
                Abolished councils ({formatCount(former.length)})
              </h3>
              <p className="govuk-body">
                These councils no longer exist. Each is listed with the council or councils that now cover its area.
              </p>
              <AbolishedCouncilsTable councils={former} caption="Abolished councils" />
            </>
          )}
        </div>
      </div>
    </>
  );
}
