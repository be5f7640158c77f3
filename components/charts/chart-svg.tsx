import type { ReactNode } from "react";
import type { ChartTable } from "@/lib/charts/table";

/** A chart's SVG: an image named by its title and described by its description (the table beside it has the numbers). */
export function ChartSvg({ table, height, children }: { table: ChartTable; height: number; children: ReactNode }) {
  const titleId = `${table.id}-chart-title`;
  const descId = `${table.id}-chart-desc`;
  return (
    <svg
      className="app-chart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      width="100%"
      height={height}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{table.title}</title>
      <desc id={descId}>{table.description}</desc>
      {children}
    </svg>
  );
}
