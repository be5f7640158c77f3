import "server-only";

import { cookies, headers } from "next/headers";
import { pgPool } from "@/lib/db/pool.server";
import type { RequestContext } from "./guard.server";
import { findSession, type ModeratorSession, SESSION_COOKIE } from "./sessions.server";

// The Next.js side of sign-in: cookies and request headers. The rules themselves are in the modules beside it.

export async function clientAddress(): Promise<string> {
  const list = await headers();
  // The first address in X-Forwarded-For is the client as the nearest proxy (or Next.js itself) saw it.
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "unknown";
}

async function isHttps(): Promise<boolean> {
  const list = await headers();
  return list.get("x-forwarded-proto") === "https" || (list.get("origin") ?? "").startsWith("https:");
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
