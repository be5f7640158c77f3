import { jsonError } from "@/lib/api/responses";
import { chartCsv } from "@/lib/charts/table";
import { councilsLike, getCouncil } from "@/lib/councils/index.server";
import { sharingProfile } from "@/lib/insights/sharing-profile.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** GET /councils/{gss}/sharing.csv — the council's sharing profile, the numbers of its chart. */
async function get(_: Request, { params }: { params: Promise<{ gss: string }> }): Promise<Response> {
  const code = (await params).gss.toUpperCase();
  const found = await getCouncil(code);
  if (!found || !found.council.gss || found.council.abolished) {
    return jsonError(404, { message: `${code} is not the code of a current council we hold`, parameter: "gss" });
  }
  const { council } = found;
  const like = await councilsLike(council.id);
  const { table } = await sharingProfile({ id: council.id, gss: council.gss!, name: council.name }, like);
  return new Response(chartCsv(table), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="sharing-profile-${council.gss!.toLowerCase()}.csv"`,
      "Cache-Control": "public, max-age=60",
    },
  });
}

export const GET = apiRoute(get);
