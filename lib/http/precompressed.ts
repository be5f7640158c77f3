// A file compressed ahead of time, sent in the coding the client prefers (lib/http/content-coding.ts) with its
// own Content-Encoding, which the web server's compression then leaves alone; answered 304 when the client
// already holds it.

import { ifNoneMatchMatches } from "./cache-policy";
import { negotiateContentCoding } from "./content-coding";

export type PrecompressedFile = { identity: Buffer; br: Buffer; gzip: Buffer };

export function precompressedResponse(
  request: Request,
  file: PrecompressedFile,
  { contentType, cacheControl, etag }: { contentType: string; cacheControl: string; etag: string },
): Response {
  const coding = negotiateContentCoding(request.headers.get("accept-encoding") ?? undefined);
  // One tag per coding: each is its own sequence of bytes.
  const taggedEtag = `"${etag}${coding === "identity" ? "" : `-${coding}`}"`;
  const headers: Record<string, string> = {
    "Cache-Control": cacheControl,
    ETag: taggedEtag,
    Vary: "Accept-Encoding",
  };
  if (ifNoneMatchMatches(request.headers.get("if-none-match") ?? undefined, taggedEtag)) {
    return new Response(null, { status: 304, headers });
  }
  const body = file[coding];
  if (coding !== "identity") headers["Content-Encoding"] = coding;
  return new Response(new Uint8Array(body), {
    headers: { ...headers, "Content-Type": contentType, "Content-Length": String(body.length) },
  });
}
