import { describe, expect, it } from "vitest";
import { BAR, barLayout, yearLayout } from "./layout";
import { CHART_COLOURS, chartCsv, type ChartTable } from "./table";

const table = (values: number[][], labels = values.map((_, i) => String(2000 + i))): ChartTable => ({
  id: "test",
  title: "Test",
  description: "A test chart.",
  rowHeading: "Year",
  series: values[0]!.map((_, i) => ({ key: `s${i}`, label: `Series ${i}`, colour: CHART_COLOURS.blue })),
  rows: values.map((row, i) => ({ key: labels[i]!, label: labels[i]!, values: row })),
});

describe("barLayout", () => {
  it("draws each value as a bar whose length is its share of the axis, in the rows' order", () => {
    const layout = barLayout(table([[10], [40], [25]]));
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
    expect(layout.rows.map((row) => row.bars[0]!.width)).toEqual([0.25, 1, 0.625].map((share) => share * BAR.length));
    expect(layout.rows.map((row) => row.bars[0]!.value)).toEqual([10, 40, 25]);
    // Rows never overlap and the axis sits below the last.
    const tops = layout.rows.map((row) => row.bars[0]!.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(layout.height).toBeGreaterThan(tops.at(-1)! + BAR.bar);
  });

  it("puts a row's series one under the other, on one scale", () => {
    const layout = barLayout(table([[3, 6]]));
    const [first, second] = layout.rows[0]!.bars;
    expect(second!.y).toBe(first!.y + BAR.bar + BAR.gap);
    expect(second!.width).toBe(2 * first!.width);
  });
});

describe("yearLayout", () => {
  const years = table([
    [1, 0, 1],
    [4, 1, 4],
    [2, 3, 3],
  ]);

  it("places a column per drawn series in each year's band, heights on one scale", () => {
    const layout = yearLayout(years, { columns: [0, 1], line: null });
    expect(layout.columns).toHaveLength(6);
    const top = layout.ticks.at(-1)!.value;
    for (const column of layout.columns) {
      expect(column.height).toBeCloseTo((column.value / top) * 100);
      expect(column.y + column.height).toBeCloseTo(100);
      const band = layout.bands.find((b) => b.label === column.year)!;
      expect(column.x).toBeGreaterThanOrEqual(band.x);
      expect(column.x + column.width).toBeLessThanOrEqual(band.x + band.width + 1e-9);
    }
  });

  it("draws the line through the middle of each band at its value", () => {
    const layout = yearLayout(years, { columns: [], line: 2 });
    const top = layout.ticks.at(-1)!.value;
    const points = layout
      .line!.split(/[ML]/)
      .filter(Boolean)
      .map((p) => p.trim().split(" ").map(Number));
    expect(points.map(([, y]) => y)).toEqual([1, 4, 3].map((v) => Math.round((100 - (v / top) * 100) * 100) / 100));
    expect(points.map(([x]) => x)).toEqual(layout.bands.map((b) => Math.round((b.x + b.width / 2) * 100) / 100));
  });

  it("labels the first and last years and the round ones between", () => {
    const long = table(
      Array.from({ length: 21 }, () => [1]),
      Array.from({ length: 21 }, (_, i) => String(1998 + i)),
    );
    const labelled = yearLayout(long, { columns: [0], line: null })
      .bands.filter((b) => b.showLabel)
      .map((b) => b.label);
    expect(labelled).toEqual(["1998", "2005", "2010", "2015", "2018"]);
  });
});

describe("chartCsv", () => {
  it("writes the table's heading, series and numbers", () => {
    const csv = chartCsv({ ...table([[1, 2]], ["Waste, and more"]), rowHeading: "Service area" });
    expect(csv).toBe('Service area,Series 0,Series 1\r\n"Waste, and more",1,2\r\n');
  });
});

describe("yearLayout on a phone", () => {
  it("keeps the first, the last and every tenth year away from the ends as major labels", () => {
    const long = table(
      Array.from({ length: 53 }, () => [1]),
      Array.from({ length: 53 }, (_, i) => String(1974 + i)),
    );
    const major = yearLayout(long, { columns: [0], line: null })
      .bands.filter((b) => b.major)
      .map((b) => b.label);
    expect(major).toEqual(["1974", "1980", "1990", "2000", "2010", "2020", "2026"]);
  });
});
