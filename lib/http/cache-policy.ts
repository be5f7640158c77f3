// How long the directory's public answers may be kept, and how they are validated. The API's JSON and the
// exports are the same for everyone and change only when the data does: browsers keep them a minute, shared
// caches (a CDN in front of the directory) five, and either may serve a stale copy while it asks again.
// Asking again is cheap: the ETag is the data version (lib/db/data-version.server.ts) with the build's id,
// so an unchanged answer is a 304 the web server gives without running the query
// (docs/decisions/020-compressed-and-cacheable-responses.md).
//
// Pure; unit-tested beside it.

export const CACHE_PUBLIC = "public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400";

/** Addresses whose answer is a function of the address, the data and the build: validated by the data version. */
export function validatedByDataVersion(pathname: string): boolean {
  if (!pathname.startsWith("/api/")) return false;
  // The health report is live; the boundaries have their own content-hashed addresses.
  return !/^\/api\/(health|boundaries)(\/|$)/.test(pathname);
}

/** The validator for an answer built from data version `version` by build `buildId`. Weak: see compression. */
export function dataVersionEtag(buildId: string, version: string): string {
  return `W/"${buildId.replace(/[^A-Za-z0-9_-]/g, "")}-${version}"`;
}

/** The entity tags an If-None-Match header lists ("*" matching anything), compared weakly (RFC 9110 §13.1.2). */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return header.split(",").some((tag) => opaque(tag) === wanted);
}
