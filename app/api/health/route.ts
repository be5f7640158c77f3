import { checkHealth } from "@/lib/health.server";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

export async function GET(): Promise<Response> {
  const report = await checkHealth();
  if (report.database === "ok") {
    return Response.json({ status: "ok", database: "ok", partnerships: report.partnerships }, { headers });
  }
  return Response.json(
    { status: "error", database: "unavailable", error: { message: report.message } },
    { status: 503, headers },
  );
}
