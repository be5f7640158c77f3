import { partnershipHistory } from "@/lib/partnerships/history.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

async function get(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const history = await partnershipHistory((await params).slug);
  if (!history) {
    return Response.json({ error: { message: "There is no partnership with that slug" } }, { status: 404 });
  }
  return Response.json(history);
}

export const GET = apiRoute(get);
