import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/lib/auth/content-security-policy";
import { pgPool } from "@/lib/db/pool.server";
import { UNKNOWN_ADDRESS as UNKNOWN } from "@/lib/http/refusals";
import { pageSubjectExists } from "@/lib/routing/page-subjects.server";

/** Null when the database cannot say (the page then decides, as it always does). */
async function subjectExists(url: URL): Promise<boolean | null> {
  try {
    return await pageSubjectExists(pgPool(), url.pathname, url.searchParams);
  } catch {
    return null;
  }
}

// A page for a partnership or council the directory does not hold is answered with the not-found page before it
// renders: a page that calls notFound() while rendering sends that page only in its script payload, which
// leaves readers without JavaScript a blank page.
//
// A fresh nonce for every page request: Next.js reads it from the request's Content-Security-Policy header and
// puts it on the scripts it renders; the layout can read it from x-nonce for its own inline script.
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const forward = { request: { headers: requestHeaders } };
  const response =
    (await subjectExists(request.nextUrl)) === false
      ? NextResponse.rewrite(new URL(UNKNOWN, request.url), forward)
      : NextResponse.next(forward);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API responses, build assets and icons get the static headers from next.config.ts.
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
