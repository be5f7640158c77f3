import { jsonOk } from "@/lib/api/responses";
import { tableSchema } from "@/lib/data-exchange/table-schema";

export const dynamic = "force-static";

/** GET /api/partnerships.schema.json — the CSV export described as a Frictionless Table Schema. */
export function GET(): Response {
  return jsonOk(tableSchema(), { cache: "public, max-age=3600" });
}
