// The headers every response carries, written once: next.config.ts gives them to whatever Next.js answers, and
// the web server's own answers (lib/http/refusals.ts — requests refused before Next.js sees them, Node's parser
// errors, the service-unavailable page) send the same. See docs/decisions/005-content-security-policy.md.

export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Every response but the pages made for other sites' frames (/embed/…, docs/decisions/019). */
export const FRAME_DENY = { key: "X-Frame-Options", value: "DENY" } as const;

/** API responses and files run no script and embed nothing. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The web server's own pages: the site's stylesheets and images, no script at all (they work without it). */
export const SCRIPTLESS_PAGE_POLICY =
  "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** The security headers as one object, with the Content-Security-Policy that suits the body. */
export function securityHeaders(policy: string): Record<string, string> {
  return Object.fromEntries([
    ...[...SECURITY_HEADERS, FRAME_DENY].map(({ key, value }) => [key, value]),
    ["Content-Security-Policy", policy],
  ]);
}
