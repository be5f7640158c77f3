import "server-only";

import type { Queryable } from "@/lib/db/pool.server";
import { findSession, type ModeratorSession } from "./sessions.server";
import { sameToken } from "./tokens";

// Every state-changing moderation request passes here: it must come from one of our own pages (Origin matches
// the host it was sent to), carry a live moderator session, and echo that session's CSRF token.

export type RequestContext = {
  /** The Origin header; browsers send it with every POST. */
  origin: string | null;
  /** The host the request was addressed to (X-Forwarded-Host behind a proxy, else Host). */
  host: string | null;
  sessionToken: string | null | undefined;
  /** The token the form sent back. */
  csrfToken: string | null | undefined;
};

export type RefusalReason = "cross-site" | "no-session" | "bad-token";

export class RequestRefused extends Error {
  constructor(readonly reason: RefusalReason) {
    super(
      {
        "cross-site": "This request did not come from this site",
        "no-session": "Sign in as a moderator to do that",
        "bad-token": "This form has expired: go back, reload the page and try again",
      }[reason],
    );
  }
}

export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function requireModerator(db: Queryable, request: RequestContext): Promise<ModeratorSession> {
  if (!isSameOrigin(request.origin, request.host)) throw new RequestRefused("cross-site");
  const session = await findSession(db, request.sessionToken);
  if (!session) throw new RequestRefused("no-session");
  if (!request.csrfToken || !sameToken(request.csrfToken, session.csrfToken)) throw new RequestRefused("bad-token");
  return session;
}
