import type { Metadata } from "next";
import { ApiReference } from "@/components/data/api-reference";
import { DataDictionary } from "@/components/data/data-dictionary";
import { DownloadLinks } from "@/components/data/download-links";
import { LicenceNotice } from "@/components/data/licence-notice";
import { WarningText } from "@/components/ui/warning-text";
import { dataSetFacts, filteredTotals } from "@/lib/filters/totals.server";
import { parseParams } from "@/lib/filters/index.server";
import { directoryUrl, isEmptyFilter, toSearchParams } from "@/lib/filters/urls";
import { formatDate, pluralise } from "@/lib/format";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Download the data" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DataPage({ searchParams }: { searchParams: SearchParams }) {
  const { filter, problems } = parseParams(await searchParams);
  const filtered = !isEmptyFilter(filter);
  const [facts, slice] = await Promise.all([dataSetFacts(), filtered ? filteredTotals(filter) : Promise.resolve(null)]);
  const query = filtered ? toSearchParams(filter).toString() : "";

  return (
    <>
      <h1 className="govuk-heading-xl">Download the data</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            Every partnership in the directory, or exactly the ones a filter finds, as CSV, JSON or GeoJSON — free to
            reuse under the Open Government Licence.
          </p>

          {problems.length > 0 && (
            <WarningText>
              Some filter values could not be used and are left out: {problems.map((p) => p.message).join("; ")}.
            </WarningText>
          )}

          {slice && (
            <section aria-labelledby="current-filter" className="govuk-!-margin-bottom-8">
              <h2 className="govuk-heading-m" id="current-filter">
                Your current filter
              </h2>
              <p className="govuk-body">
                {pluralise(slice.totals.partnerships, "partnership")} involving{" "}
                {pluralise(slice.totals.councils, "council")}.{" "}
                <a className="govuk-link" href={directoryUrl(toSearchParams(filter))}>
                  See them in the directory
                </a>
              </p>
              <DownloadLinks query={query} title="Download these results" headingLevel={3} />
            </section>
          )}

          <section aria-labelledby="whole-data-set" className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id="whole-data-set">
              The whole data set
            </h2>
            <p className="govuk-body">
              {pluralise(facts.partnerships, "partnership")} involving {pluralise(facts.councils, "council")}.
              {facts.lastUpdated && <> Last updated {formatDate(facts.lastUpdated)}.</>}
            </p>
            <DownloadLinks title="Download everything" headingLevel={3} />
            <p className="govuk-body">
              Every export takes the directory&apos;s filter parameters (see the API reference below): for example{" "}
              <code>/api/partnerships.csv?nation=scotland&amp;service=waste-environment</code>. GeoJSON also takes{" "}
              <code>geometry=links</code> for a line from each partnership to each member council.
            </p>
          </section>

          <section aria-labelledby="licence" className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id="licence">
              Licence and attribution
            </h2>
            <LicenceNotice />
          </section>

          <section aria-labelledby="csv-format" className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id="csv-format">
              About the CSV files
            </h2>
            <ul className="govuk-list govuk-list--bullet">
              <li>
                One row per partnership, with a header row; columns are listed in the data dictionary below and never
                renamed.
              </li>
              <li>
                UTF-8, comma-separated, CRLF line ends, quoted where needed (RFC 4180). The Excel version adds a
                byte-order mark so Excel shows £ and accents correctly.
              </li>
              <li>Lists inside a cell (members, service areas, sources) are separated by a semicolon and a space.</li>
              <li>
                Text that a spreadsheet would run as a formula — beginning with =, +, -, @, a tab or a carriage return —
                starts with an apostrophe (<code>&apos;=SUM(A1)</code>), so it shows as text. Remove one leading
                apostrophe from such text to get the original. Numbers are never changed.
              </li>
              <li>Savings are whole pounds. A blank means &quot;not reported&quot;, never zero.</li>
              <li>
                Machine-readable description:{" "}
                <a className="govuk-link" href="/api/partnerships.schema.json">
                  Table Schema (JSON)
                </a>
                .
              </li>
            </ul>
          </section>
        </div>
      </div>

      <section aria-labelledby="data-dictionary" className="govuk-!-margin-bottom-8">
        <h2 className="govuk-heading-l" id="data-dictionary">
          Data dictionary
        </h2>
        <DataDictionary />
      </section>

      <section aria-labelledby="api-reference">
        <h2 className="govuk-heading-l" id="api-reference">
          API reference
        </h2>
        <p className="govuk-body">
          The JSON API, described in OpenAPI 3.1:{" "}
          <a className="govuk-link" href="/api/openapi.json">
            openapi.json
          </a>
          . Errors are <code>{'{ "error": { "message", "parameter", "allowed" } }'}</code> with a 400 status.
        </p>
        <ApiReference />
      </section>
    </>
  );
}
