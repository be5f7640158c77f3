// The data behind a chart, as the table that is its accessible view: one row per bar (or year), one column per
// series. The SVG, the HTML table and the CSV download are all drawn from this one value, so they cannot
// disagree. Pure.

import { csvCell, csvRecord } from "@/lib/data-exchange/csv";

export type ChartSeries = {
  key: string;
  label: string;
  /** A GOV.UK palette colour (CHART_COLOURS). */
  colour: string;
  /** Drawn hatched as well as coloured, so two series differ without colour. */
  hatched?: boolean;
};

export type ChartRow = {
  key: string;
  label: string;
  /** Where the row's partnerships are listed (the directory for this value, a council's page). */
  href?: string;
  /** One value per series, in the series' order. */
  values: number[];
};

export type ChartTable = {
  /** The chart's id in the page (#services) and in its CSV file name. */
  id: string;
  title: string;
  /** What the chart shows, in a sentence: the SVG's <desc> and the text above the table. */
  description: string;
  /** The first column's heading: what a row is ("Service area", "Year"). */
  rowHeading: string;
  series: ChartSeries[];
  rows: ChartRow[];
};

/** Colours of GOV.UK Frontend's palette with at least 4.5:1 against the white page (WCAG asks 3:1 of graphics). */
export const CHART_COLOURS = {
  blue: "#1d70b8",
  green: "#00703c",
  red: "#d4351c",
  darkBlue: "#003078",
  purple: "#4c2c92",
} as const;

/** The table as CSV: a header row of the headings, then a row per table row (RFC 4180, as the exports). */
export function chartCsv(table: ChartTable): string {
  return (
    csvRecord([csvCell(table.rowHeading, "string"), ...table.series.map((s) => csvCell(s.label, "string"))]) +
    table.rows
      .map((row) => csvRecord([csvCell(row.label, "string"), ...row.values.map((v) => csvCell(v, "integer"))]))
      .join("")
  );
}
