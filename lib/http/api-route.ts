// The one wrapper of the API's route handlers: whatever a handler throws is still answered in the API's error
// shape — 503 with Retry-After while the database is unavailable (down, restarting, refusing connections), 500
// otherwise (logged) — never Next.js's empty 500. See docs/decisions/014-bad-requests-and-outages.md.

import { jsonError } from "@/lib/api/responses";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { FAILED, RETRY_AFTER_SECONDS, UNAVAILABLE } from "./refusals";

export function apiRoute<Args extends [request: Request, ...rest: unknown[]]>(
  handler: (...args: Args) => Promise<Response> | Response,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    const [request] = args;
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        const response = jsonError(503, { message: UNAVAILABLE.message });
        response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
        return response;
      }
      console.error(`[directory] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return jsonError(500, { message: FAILED.message });
    }
  };
}
