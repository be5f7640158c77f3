import { noteIfDatabaseUnavailable } from "@/lib/db/unavailable";

// Every request's error, as Next.js reports it: one that means "the database is unavailable" is noted, so the web
// server answers the failed page 503 rather than 500 (docs/decisions/014-bad-requests-and-outages.md).
export function onRequestError(error: unknown): void {
  noteIfDatabaseUnavailable(error);
}
