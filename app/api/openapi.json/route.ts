import { fullOpenApiDocument } from "@/lib/api/openapi-document";
import { jsonOk } from "@/lib/api/responses";

export const dynamic = "force-static";

/** GET /api/openapi.json — the API described in OpenAPI 3.1. */
export function GET(): Response {
  return jsonOk(fullOpenApiDocument(), { cache: "public, max-age=3600" });
}
