import "server-only";

import { headers } from "next/headers";

/**
 * This site's origin as the browser sees it, for addresses given to other sites (the embed snippets). The web
 * server rewrites Host and X-Forwarded-Proto from proxies it trusts (TRUST_PROXY), so they can be believed here.
 */
export async function siteOrigin(): Promise<string> {
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost";
  const proto = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${proto.split(",")[0]!.trim()}://${host.split(",")[0]!.trim()}`;
}
