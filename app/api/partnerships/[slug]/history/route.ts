import { partnershipHistory } from "@/lib/partnerships/history.server";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const history = await partnershipHistory((await params).slug);
  if (!history) {
    return Response.json({ error: { message: "There is no partnership with that slug" } }, { status: 404 });
  }
  return Response.json(history);
}
