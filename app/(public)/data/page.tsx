import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ApiReference } from "@/components/data/api-reference";
import { DataDictionary } from "@/components/data/data-dictionary";
import { ColumnChooser } from "@/components/data/column-chooser";
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
            <Section id="current-filter" heading="Your current filter">
              <p className="govuk-body">
                {pluralise(slice.totals.partnerships, "partnership")} involving{" "}
                {pluralise(slice.totals.councils, "council")}.{" "}
                <a className="govuk-link" href={directoryUrl(toSearchParams(filter))}>
                  See them in the directory
                </a>
              </p>
              <DownloadLinks query={query} title="Download these results" headingLevel={3} />
            </Section>
          )}

          <Section id="whole-data-set" heading="The whole data set">
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
          </Section>

          <Section id="choose-columns" heading="Choose the columns">
            <p className="govuk-body">
              {slice ? "Download your current filter’s partnerships" : "Download every partnership"} with only the
              columns you need. Every export also takes them in its address, by name:{" "}
              <code>/api/partnerships.csv?columns=slug,name,member_council_gss</code>.
            </p>
            <ColumnChooser query={query} />
          </Section>

          <Section id="licence" heading="Licence and attribution">
            <LicenceNotice />
          </Section>

          <Section id="csv-format" heading="About the CSV files">
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
          </Section>

          <Section id="import-format" heading="Importing a file">
            <p className="govuk-body">
              Directory administrators load a file with <code>npm run data:import -- FILE.csv</code> (add{" "}
              <code>--dry-run</code> to see exactly what it would add and change, without writing anything). The file is
              a CSV in the export&apos;s format:
            </p>
            <ul className="govuk-list govuk-list--bullet">
              <li>
                An export works as it is. A file prepared by hand needs only the input columns of the data dictionary;
                the derived ones may be left out.
              </li>
              <li>
                A row whose <code>slug</code> the directory holds updates that partnership; any other slug adds one.
              </li>
              <li>
                <code>members</code> lists each member as a council&apos;s GSS code (<code>E07000078</code>) or an
                organisation&apos;s slug (<code>norse-group</code>) or its name (<code>Capita plc</code>), each
                optionally followed by its role: <code>E07000078 [lead]; E07000079; Capita plc [provider]</code>.
              </li>
              <li>
                A name the directory does not hold adds a new partner, once however many rows name it. Say what it is in{" "}
                <code>other_partner_kinds</code> (<code>Capita plc: company</code>); without it the partner is added as
                &quot;other&quot;.
              </li>
              <li>
                A council code the directory does not know, or a slug that is no partner&apos;s, is refused: the import
                lists every problem by line and column and writes nothing.
              </li>
            </ul>
          </Section>
        </div>
      </div>

      <Section id="data-dictionary" heading="Data dictionary" size="l">
        <DataDictionary />
      </Section>

      <Section id="api-reference" heading="API reference" size="l" last>
        <p className="govuk-body">
          The JSON API, described in OpenAPI 3.1:{" "}
          <a className="govuk-link" href="/api/openapi.json">
            openapi.json
          </a>
          . Errors are <code>{'{ "error": { "message", "parameter", "allowed" } }'}</code> with a 400 status.
        </p>
        <ApiReference />
      </Section>
    </>
  );
}

/** One titled section of the page, named by its heading. */
function Section({
  id,
  heading,
  size = "m",
  last = false,
  children,
}: {
  id: string;
  heading: string;
  size?: "m" | "l";
  /** The page's last section, with no space below. */
  last?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={last ? undefined : "govuk-!-margin-bottom-8"}>
      <h2 className={`govuk-heading-${size}`} id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
