// The Content-Security-Policy for pages (see docs/decisions/005-content-security-policy.md). Pure.

/** sha256 of the layout's GOV.UK Frontend support check, so it runs even before the layout passes the nonce. */
export const SUPPORT_CHECK_HASH = "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";

/** Pages other sites may show in a frame: the embeddable map and council widget, nothing else. */
export function isEmbeddable(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/**
 * Who may frame the embeddable pages: EMBED_FRAME_ANCESTORS (sources separated by spaces, e.g.
 * "https://www.council.gov.uk https://*.gov.uk"), or any site when it is unset. A value that is not a list of
 * sources (a semicolon or comma would start another directive) is refused for "any site", never passed on.
 */
export function embedFrameAncestors(configured: string | undefined): string {
  const value = configured?.trim() ?? "";
  return value !== "" && /^[a-zA-Z0-9*.:/'\- ]+$/.test(value) ? value : "*";
}

export function contentSecurityPolicy({
  nonce,
  development,
  frameAncestors = "'none'",
}: {
  nonce: string;
  development: boolean;
  /** Only the embeddable pages allow other sites' frames (embedFrameAncestors). */
  frameAncestors?: string;
}): string {
  return [
    "default-src 'self'",
    // Next.js puts the nonce on its own scripts; 'strict-dynamic' lets those load the page's chunks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' ${SUPPORT_CHECK_HASH}${development ? " 'unsafe-eval'" : ""}`,
    // React renders style attributes (e.g. map sizes); attributes cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ].join("; ");
}
