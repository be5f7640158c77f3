// Years along the bottom: columns for some series, a line for one more, drawn on the server as SVG. The plot's
// shapes are in a nested SVG stretched to the chart's width (0–100 units each way); text stays outside it, at
// full size. role="img" with <title> and <desc>; the table beside it (ChartFigure) is the accessible view.

import { yearLayout } from "@/lib/charts/layout";
import type { ChartTable } from "@/lib/charts/table";
import { formatCount } from "@/lib/format";
import { ChartSvg } from "./chart-svg";
import { HatchPatterns, fillOf } from "./patterns";

const PLOT = { top: 20, height: 220, bottom: 26 } as const;

export function YearChart({ table, columns, line }: { table: ChartTable; columns: number[]; line: number | null }) {
  const layout = yearLayout(table, { columns, line });
  const height = PLOT.top + PLOT.height + PLOT.bottom;
  const yOf = (units: number) => PLOT.top + (units / 100) * PLOT.height;
  return (
    <ChartSvg table={table} height={height}>
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line className="app-chart__grid" x1={0} x2="100%" y1={yOf(100 - tick.y)} y2={yOf(100 - tick.y)} />
          <text className="app-chart__tick" x={0} y={yOf(100 - tick.y) - 4}>
            {formatCount(tick.value)}
          </text>
        </g>
      ))}
      <svg x={0} y={PLOT.top} width="100%" height={PLOT.height} viewBox="0 0 100 100" preserveAspectRatio="none">
        <HatchPatterns table={table} />
        {layout.columns.map((column) => (
          <rect
            key={`${column.year}-${column.series}`}
            x={column.x}
            y={column.y}
            width={column.width}
            height={column.height}
            fill={fillOf(table, column.series)}
          />
        ))}
        {layout.line && line !== null && (
          <path
            d={layout.line}
            fill="none"
            stroke={table.series[line]!.colour}
            strokeWidth={3}
            vectorEffect="non-scaling-stroke"
          />
        )}
      </svg>
      <line className="app-chart__axis" x1={0} x2="100%" y1={yOf(100)} y2={yOf(100)} />
      {layout.bands
        .filter((band) => band.showLabel)
        .map((band, index, shown) => (
          <text
            key={band.key}
            className={band.major ? "app-chart__tick" : "app-chart__tick app-chart__tick--minor"}
            x={`${index === 0 ? band.x : index === shown.length - 1 ? band.x + band.width : band.x + band.width / 2}%`}
            y={yOf(100) + 18}
            textAnchor={index === 0 ? "start" : index === shown.length - 1 ? "end" : "middle"}
          >
            {band.label}
          </text>
        ))}
    </ChartSvg>
  );
}
