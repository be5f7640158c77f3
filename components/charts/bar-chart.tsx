// A horizontal bar chart drawn on the server as SVG: each row's label above its bars, the value after the label.
// role="img" with <title> and <desc>; the table beside it (ChartFigure) is the accessible view.

import { BAR, barLayout } from "@/lib/charts/layout";
import type { ChartTable } from "@/lib/charts/table";
import { formatCount } from "@/lib/format";
import { ChartSvg } from "./chart-svg";
import { HatchPatterns, fillOf } from "./patterns";

export function BarChart({ table }: { table: ChartTable }) {
  const layout = barLayout(table);
  const axisY = layout.height - BAR.axis;
  return (
    <ChartSvg table={table} height={layout.height}>
      <HatchPatterns table={table} />
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line className="app-chart__grid" x1={`${tick.x}%`} x2={`${tick.x}%`} y1={0} y2={axisY} />
        </g>
      ))}
      {layout.rows.map((row, index) => {
        const source = table.rows[index]!;
        return (
          <g key={row.key}>
            <text className="app-chart__label" x={0} y={row.labelY}>
              {source.label}
            </text>
            {row.bars.map((bar) => (
              <g key={bar.series}>
                <rect
                  x={0}
                  y={bar.y}
                  width={`${bar.width}%`}
                  height={bar.height}
                  fill={fillOf(table, bar.series)}
                  stroke={table.series[bar.series]!.colour}
                />
                <text className="app-chart__value" x={`${bar.width}%`} dx={4} y={bar.y + bar.height - 3}>
                  {formatCount(bar.value)}
                </text>
              </g>
            ))}
          </g>
        );
      })}
      <line className="app-chart__axis" x1={0} x2="100%" y1={axisY} y2={axisY} />
      {layout.ticks.map((tick, index) => (
        <text
          key={tick.value}
          className="app-chart__tick"
          x={`${tick.x}%`}
          y={axisY + 17}
          textAnchor={index === 0 ? "start" : "middle"}
        >
          {formatCount(tick.value)}
        </text>
      ))}
    </ChartSvg>
  );
}
