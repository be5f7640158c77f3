import { openApiResponse } from "@/lib/api/openapi-document";

export const dynamic = "force-static";

/** GET /api/openapi.json — the API described in OpenAPI 3.1. */
export function GET(): Response {
  return openApiResponse();
}
