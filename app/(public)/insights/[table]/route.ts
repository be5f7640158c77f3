import { badParameters, jsonError } from "@/lib/api/responses";
import { chartCsv } from "@/lib/charts/table";
import { INSIGHT_CHARTS, insightsOf, type InsightChart } from "@/lib/insights/charts.server";
import { exportFilename } from "@/lib/data-exchange/filename";
import { filteredPage } from "../../filtered-page.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** GET /insights/{chart}.csv?<filter> — one insight chart's table, the same numbers as the chart. */
async function get(request: Request, { params }: { params: Promise<{ table: string }> }): Promise<Response> {
  const name = (await params).table;
  const chart = name.endsWith(".csv") ? name.slice(0, -4) : null;
  if (!chart || !(INSIGHT_CHARTS as readonly string[]).includes(chart)) {
    return jsonError(404, {
      message: `There is no insight table called ${name}; the tables are ${INSIGHT_CHARTS.map((c) => `${c}.csv`).join(", ")}`,
      allowed: INSIGHT_CHARTS.map((c) => `${c}.csv`),
    });
  }
  const page = await filteredPage(new URL(request.url).searchParams);
  if (page.problems.length) return badParameters(page.problems);
  const table = (await insightsOf(page.resolved)).charts[chart as InsightChart];
  const filename = exportFilename(page.filter, `${chart}.csv`);
  return new Response(chartCsv(table), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=60",
    },
  });
}

export const GET = apiRoute(get);
