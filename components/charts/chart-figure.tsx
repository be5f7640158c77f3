// A chart with its table: the heading, what it shows, the SVG, a key, the same numbers as a table (the
// accessible view; it works without JavaScript and with any screen reader), and the table as CSV.

import type { ReactNode } from "react";
import type { ChartTable } from "@/lib/charts/table";
import { formatCount } from "@/lib/format";
import { ScrollingTable } from "@/components/ui/table";
import { BarChart } from "./bar-chart";
import { SeriesKey } from "./patterns";
import { YearChart } from "./year-chart";

export type ChartKind = { kind: "bars" } | { kind: "years"; columns: number[]; line: number | null };

export function ChartFigure({
  table,
  chart = { kind: "bars" },
  csvHref,
  headingLevel = 2,
  children,
}: {
  table: ChartTable;
  chart?: ChartKind;
  /** The table as CSV, when it can be downloaded. */
  csvHref?: string;
  headingLevel?: 2 | 3;
  /** Notes under the description (what is not counted, and why). */
  children?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="app-chart-figure" aria-labelledby={`${table.id}-heading`}>
      <Heading className={headingLevel === 2 ? "govuk-heading-m" : "govuk-heading-s"} id={`${table.id}-heading`}>
        {table.title}
      </Heading>
      <p className="govuk-body">{table.description}</p>
      {children}
      {table.rows.length === 0 ? (
        <p className="govuk-body">Nothing to show for this filter.</p>
      ) : (
        <div className={`app-chart-figure__body${chart.kind === "years" ? " app-chart-figure__body--wide" : ""}`}>
          <div className="app-chart-figure__chart">
            <SeriesKey table={table} line={chart.kind === "years" ? (chart.line ?? undefined) : undefined} />
            {chart.kind === "bars" ? (
              <BarChart table={table} />
            ) : (
              <YearChart table={table} columns={chart.columns} line={chart.line} />
            )}
          </div>
          <div className="app-chart-figure__table">
            <ScrollingTable
              caption={`${table.title}: the numbers`}
              head={[
                { key: "row", text: table.rowHeading },
                ...table.series.map((series) => ({ key: series.key, text: series.label, numeric: true })),
              ]}
              rows={table.rows.map((row) => ({
                key: row.key,
                cells: [
                  row.href ? (
                    <a className="govuk-link" href={row.href}>
                      {row.label}
                    </a>
                  ) : (
                    row.label
                  ),
                  ...row.values.map((value) => formatCount(value)),
                ],
              }))}
              firstCellIsHeader
            />
          </div>
        </div>
      )}
      {csvHref && table.rows.length > 0 && (
        <p className="govuk-body-s">
          <a className="govuk-link" href={csvHref} download>
            Download this table as CSV
            <span className="govuk-visually-hidden"> ({table.title})</span>
          </a>
        </p>
      )}
    </section>
  );
}
