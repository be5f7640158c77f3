import "server-only";

import { cookies, headers } from "next/headers";
import { pgPool } from "@/lib/db/pool.server";
import type { RequestContext } from "./guard.server";
import { findSession, type ModeratorSession, SESSION_COOKIE } from "./sessions.server";

// The Next.js side of sign-in: cookies and request headers. The rules themselves are in the modules beside it.

/**
 * The client's address, for the per-address limits. The web server (scripts/web-server.ts) replaces whatever the
 * client sent in X-Forwarded-For with the socket's peer, or with what a proxy trusted through TRUST_PROXY saw.
 */
export async function clientAddress(): Promise<string> {
  return (await headers()).get("x-forwarded-for")?.trim() || "unknown";
}

/** Whether the client reached the directory over https (X-Forwarded-Proto is set by the web server too). */
async function isHttps(): Promise<boolean> {
  return (await headers()).get("x-forwarded-proto") === "https";
}

export async function requestContext(form: FormData | null): Promise<RequestContext> {
  const list = await headers();
  const csrf = form?.get("csrfToken");
  return {
    origin: list.get("origin"),
    host: list.get("x-forwarded-host") ?? list.get("host"),
    sessionToken: (await cookies()).get(SESSION_COOKIE)?.value,
    csrfToken: typeof csrf === "string" ? csrf : null,
  };
}

export async function currentModerator(): Promise<ModeratorSession | null> {
  return findSession(pgPool(), (await cookies()).get(SESSION_COOKIE)?.value);
}

export async function setSessionCookie(token: string, expires: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    expires,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
