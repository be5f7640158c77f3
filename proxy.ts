import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, embedFrameAncestors, isEmbeddable } from "@/lib/auth/content-security-policy";
import { pgPool } from "@/lib/db/pool.server";
import { comparisonProblem } from "@/lib/partnerships/compare.server";
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

async function badComparison(url: URL): Promise<boolean> {
  if (url.pathname !== "/compare") return false;
  try {
    return (await comparisonProblem(pgPool(), url.searchParams)) !== null;
  } catch {
    return false;
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
  const embeddable = isEmbeddable(request.nextUrl.pathname);
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    frameAncestors: embeddable ? embedFrameAncestors(process.env.EMBED_FRAME_ANCESTORS) : undefined,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // The layout leaves out the site's header and footer on pages made for other sites' frames.
  requestHeaders.delete("x-embedded");
  if (embeddable) requestHeaders.set("x-embedded", "1");
  requestHeaders.set("Content-Security-Policy", policy);
  const forward = { request: { headers: requestHeaders } };
  const response =
    (await subjectExists(request.nextUrl)) === false
      ? NextResponse.rewrite(new URL(UNKNOWN, request.url), forward)
      : // A comparison of too few, too many or unknown partnerships: the page explains, with a 400 status.
        (await badComparison(request.nextUrl))
        ? NextResponse.next({ ...forward, status: 400 })
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
