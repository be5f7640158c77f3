// Where each bar, column and line point of a chart goes, from its table (table.ts). Horizontal positions are
// percentages of the chart's width, so the SVG fills any width — a 390 px phone included — with its text at
// full size; vertical positions are pixels (bar charts) or 0–100 units of the plot (year charts). Pure: the
// React components only draw what these return.

import { linearScale } from "./scale";
import type { ChartTable } from "./table";

export const BAR = { label: 20, bar: 16, gap: 3, rowGap: 12, axis: 24, length: 85 } as const;

export type BarLayout = {
  height: number;
  /** Axis ticks: the value and its position (% of the width). */
  ticks: { value: number; x: number }[];
  rows: {
    key: string;
    /** Baseline of the row's label text (px). */
    labelY: number;
    bars: { series: number; y: number; height: number; width: number; value: number }[];
  }[];
};

/**
 * Horizontal bars: a row's label above its bars (one per series), the bars' lengths on one scale of BAR.length
 * per cent of the width, leaving the rest for each bar's value written after it.
 */
export function barLayout(table: ChartTable): BarLayout {
  const largest = Math.max(0, ...table.rows.flatMap((row) => row.values));
  const scale = linearScale(largest, BAR.length, 4);
  const seriesCount = table.series.length;
  const rowHeight = BAR.label + seriesCount * (BAR.bar + BAR.gap) + BAR.rowGap;
  const rows = table.rows.map((row, index) => {
    const top = index * rowHeight;
    return {
      key: row.key,
      labelY: top + BAR.label - 6,
      bars: row.values.map((value, series) => ({
        series,
        y: top + BAR.label + series * (BAR.bar + BAR.gap),
        height: BAR.bar,
        width: scale(value),
        value,
      })),
    };
  });
  return {
    height: table.rows.length * rowHeight + BAR.axis,
    ticks: scale.ticks.map((value) => ({ value, x: scale(value) })),
    rows,
  };
}

export type YearLayout = {
  /** Each row (a year): its band's left edge and width (% of the width). */
  bands: { key: string; label: string; x: number; width: number; showLabel: boolean; major: boolean }[];
  /** Gridlines: the value and its height from the bottom (0–100). */
  ticks: { value: number; y: number }[];
  /** Columns for the `columns` series, side by side in each band (x, width in %; y, height in 0–100 from the top). */
  columns: { series: number; x: number; width: number; y: number; height: number; value: number; year: string }[];
  /** The line of the `line` series, as SVG path data in the plot's 0–100 units (x also 0–100). */
  line: string | null;
};

/**
 * Columns per year for some series and a line for one more, on one scale. Every `labelEvery`-th year is labelled
 * (always the first and last), so a long run of years stays readable.
 */
export function yearLayout(
  table: ChartTable,
  { columns, line, labelEvery = 5 }: { columns: number[]; line: number | null; labelEvery?: number },
): YearLayout {
  const drawn = [...columns, ...(line === null ? [] : [line])];
  const largest = Math.max(0, ...table.rows.flatMap((row) => drawn.map((s) => row.values[s] ?? 0)));
  const scale = linearScale(largest, 100, 4);
  const count = table.rows.length;
  const band = count === 0 ? 100 : 100 / count;
  const inner = band * 0.8;
  const bands = table.rows.map((row, index) => ({
    key: row.key,
    label: row.label,
    x: index * band,
    width: band,
    showLabel:
      index === 0 || index === count - 1 || (Number(row.label) % labelEvery === 0 && index > 2 && index < count - 3),
    // On a phone only the first, the last and every other round year fit.
    major:
      index === 0 ||
      index === count - 1 ||
      (Number(row.label) % (labelEvery * 2) === 0 && index > 4 && index < count - 5),
  }));
  const columnWidth = columns.length ? inner / columns.length : 0;
  const drawnColumns = table.rows.flatMap((row, index) =>
    columns.map((series, position) => {
      const height = scale(row.values[series] ?? 0);
      return {
        series,
        x: index * band + (band - inner) / 2 + position * columnWidth,
        width: columnWidth,
        y: 100 - height,
        height,
        value: row.values[series] ?? 0,
        year: row.label,
      };
    }),
  );
  const points =
    line === null ? [] : table.rows.map((row, index) => [index * band + band / 2, 100 - scale(row.values[line] ?? 0)]);
  return {
    bands,
    ticks: scale.ticks.map((value) => ({ value, y: scale(value) })),
    columns: drawnColumns,
    line: points.length ? points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${round(x!)} ${round(y!)}`).join(" ") : null,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
