import type { ChartTable } from "@/lib/charts/table";

const patternId = (table: ChartTable, series: number, use: string) => `${table.id}-${use}-hatch-${series}`;

/** The fill of a series: its colour, or diagonal lines of it when hatched (told apart without colour). */
export function fillOf(table: ChartTable, series: number, use = "chart"): string {
  const spec = table.series[series]!;
  return spec.hatched ? `url(#${patternId(table, series, use)})` : spec.colour;
}

/** The hatch patterns of a chart's hatched series; `use` keeps the ids of the chart and of its key apart. */
export function HatchPatterns({ table, use = "chart" }: { table: ChartTable; use?: string }) {
  const hatched = table.series.flatMap((series, index) => (series.hatched ? [{ series, index }] : []));
  if (hatched.length === 0) return null;
  return (
    <defs>
      {hatched.map(({ series, index }) => (
        <pattern
          key={series.key}
          id={patternId(table, index, use)}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill="#ffffff" />
          <rect width={3} height={6} fill={series.colour} />
        </pattern>
      ))}
    </defs>
  );
}

/** The key to a chart's series, in HTML so that it wraps on a phone; the table names the series for everyone. */
export function SeriesKey({ table, line }: { table: ChartTable; line?: number }) {
  const shown = table.series.map((series, index) => ({ series, index }));
  if (shown.length < 2) return null;
  return (
    <ul className="app-chart-key" aria-hidden="true">
      {shown.map(({ series, index }, position) => (
        <li key={series.key} className="app-chart-key__item">
          <svg width={16} height={16} focusable="false">
            {position === 0 && <HatchPatterns table={table} use="key" />}
            {index === line ? (
              <line x1={0} x2={16} y1={8} y2={8} stroke={series.colour} strokeWidth={3} />
            ) : (
              <rect x={0.5} y={0.5} width={15} height={15} fill={fillOf(table, index, "key")} stroke={series.colour} />
            )}
          </svg>{" "}
          {series.label}
        </li>
      ))}
    </ul>
  );
}
