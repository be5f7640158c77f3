// Which content coding a response is sent in: the client's Accept-Encoding read as RFC 9110 §12.5.3 says
// (q-values, "*", "identity"), the directory preferring brotli, then gzip, when the client rates them equally.
// Which responses are worth compressing: text of some size that is not already compressed.
//
// Pure; unit-tested beside it. Used by lib/http/compress-response.ts.

export type ContentCoding = "br" | "gzip" | "identity";

/** The codings the directory can produce, in its order of preference. */
const OFFERED = ["br", "gzip"] as const;

/** Smaller bodies gain less than the coding's own framing and the time it takes. */
export const MIN_COMPRESSED_BYTES = 1024;

/** Accept-Encoding as a map of coding (lower case, "x-gzip" read as "gzip") to its q-value. */
export function parseAcceptEncoding(header: string): Map<string, number> {
  const ratings = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    if (!name) continue;
    let q = 1;
    for (const parameter of parameters) {
      if (!/^q\s*=/i.test(parameter)) continue;
      const match = /^q\s*=\s*([0-9.]+)$/i.exec(parameter);
      // A q-value that is not a number rates the coding as refused rather than guessing.
      q = match ? Math.min(1, Math.max(0, Number(match[1]) || 0)) : 0;
    }
    const coding = name.toLowerCase() === "x-gzip" ? "gzip" : name.toLowerCase();
    // A coding listed twice: the higher rating stands.
    ratings.set(coding, Math.max(q, ratings.get(coding) ?? 0));
  }
  return ratings;
}

/**
 * The coding to send for a request's Accept-Encoding header: the best-rated coding the directory offers, unless
 * identity is rated higher. No header at all means the client said nothing: identity, the safe choice. When the
 * client refuses everything (identity;q=0 and nothing offered acceptable) identity is still sent — RFC 9110
 * allows it, and an uncompressed answer is more useful than a 406.
 */
export function negotiateContentCoding(header: string | undefined): ContentCoding {
  if (header === undefined) return "identity";
  const ratings = parseAcceptEncoding(header);
  const star = ratings.get("*");
  const rating = (coding: string) => ratings.get(coding) ?? star ?? 0;
  // identity is always acceptable as a last resort; it is preferred to a coding only when rated higher by name
  // (or through "*").
  const identity = ratings.get("identity") ?? star ?? 0;
  let best: ContentCoding = "identity";
  let bestQ = 0;
  for (const coding of OFFERED) {
    const q = rating(coding);
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return bestQ > 0 && bestQ >= identity ? best : "identity";
}

/** Text formats the directory serves; images, fonts and archives are already compressed. */
export function isCompressibleType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return (
    type.startsWith("text/") ||
    /^application\/(json|javascript|ecmascript|xml|manifest\+json|x-component|geo\+json)$/.test(type) ||
    /\+(json|xml)$/.test(type) ||
    type === "image/svg+xml"
  );
}

export interface ResponseFacts {
  method: string | undefined;
  status: number;
  contentType: string | undefined;
  /** Content-Encoding already on the response (a pre-compressed file). */
  contentEncoding: string | undefined;
  cacheControl: string | undefined;
  /** Content-Length when known (a streamed response has none). */
  contentLength: number | undefined;
}

/** Whether a response may be compressed at all, whatever the client accepts. */
export function compressible(facts: ResponseFacts): boolean {
  if (facts.method === "HEAD") return false;
  if (facts.status < 200 || facts.status === 204 || facts.status === 206 || facts.status === 304) return false;
  if (facts.contentEncoding && facts.contentEncoding.toLowerCase() !== "identity") return false;
  if (facts.cacheControl && /(^|,)\s*no-transform\s*(,|$)/i.test(facts.cacheControl)) return false;
  if (facts.contentLength !== undefined && facts.contentLength < MIN_COMPRESSED_BYTES) return false;
  return isCompressibleType(facts.contentType);
}

/** A Vary header with Accept-Encoding added (once). */
export function varyWithAcceptEncoding(vary: string | undefined): string {
  if (!vary) return "Accept-Encoding";
  const names = vary.split(",").map((name) => name.trim().toLowerCase());
  if (names.includes("*") || names.includes("accept-encoding")) return vary;
  return `${vary}, Accept-Encoding`;
}
