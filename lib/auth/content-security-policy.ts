// The Content-Security-Policy for pages (see docs/decisions/005-content-security-policy.md). Pure.

/** sha256 of the layout's GOV.UK Frontend support check, so it runs even before the layout passes the nonce. */
export const SUPPORT_CHECK_HASH = "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";

export function contentSecurityPolicy({ nonce, development }: { nonce: string; development: boolean }): string {
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
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ].join("; ");
}
