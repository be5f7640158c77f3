// What the directory's web server does around every request before Next.js answers it (scripts/web-server.ts):
// compresses the response (compress-response.ts); chooses where the request's reads go — a streaming replica
// for GET and HEAD, the primary for writes, for moderation and for a client that has just written
// (lib/db/read-routing.ts); and answers a repeated request for public data with 304 when the data version has
// not moved, without running it (cache-policy.ts). See docs/decisions/020 and 021.
//
// Not marked `import "server-only"`: the web server loads it outside Next.js's bundle.

import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { databaseUrl } from "@/lib/db/config";
import { dataVersionOf } from "@/lib/db/data-version.server";
import { maxReplicaLagMs, readingFrom, type ReadTarget } from "@/lib/db/read-routing";
import { hasReplicas, replicaReadTarget } from "@/lib/db/replicas.server";
import { CACHE_PUBLIC, dataVersionEtag, ifNoneMatchMatches, validatedByDataVersion } from "./cache-policy";
import { compressResponse } from "./compress-response";

/** Set on a client that has just written: its reads go to the primary until replicas have surely caught up. */
export const READ_PRIMARY_COOKIE = "directory-read-primary";

function isRead(method: string | undefined): boolean {
  return method === "GET" || method === "HEAD";
}

function hasCookie(request: IncomingMessage, name: string): boolean {
  return (request.headers.cookie ?? "").split(";").some((part) => part.trim().startsWith(`${name}=`));
}

/** Where this request reads from. */
export function readTargetFor(request: IncomingMessage, pathname: string): ReadTarget {
  if (!hasReplicas() || !isRead(request.method)) return { kind: "primary" };
  if (pathname === "/moderation" || pathname.startsWith("/moderation/")) return { kind: "primary" };
  // The health report is about the database this instance writes to.
  if (pathname === "/api/health") return { kind: "primary" };
  if (hasCookie(request, READ_PRIMARY_COOKIE)) return { kind: "primary" };
  return replicaReadTarget();
}

/** Adds a header to the ones `response` will send when its status is first written. */
function beforeHead(response: ServerResponse, adjust: (status: number) => void): void {
  const writeHead = response.writeHead as (...args: unknown[]) => ServerResponse;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    adjust(status);
    return writeHead.call(this, status, ...rest);
  } as ServerResponse["writeHead"];
}

function appendSetCookie(response: ServerResponse, cookie: string): void {
  const existing = response.getHeader("set-cookie");
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  response.setHeader("Set-Cookie", [...list, cookie]);
}

export type RequestHandlingOptions = { dev: boolean; projectRoot: string };

/** The build's id, which every ETag carries so that a new deployment is never answered 304 for an old body. */
function currentBuildId({ dev, projectRoot }: RequestHandlingOptions): string {
  if (!dev) {
    try {
      return readFileSync(path.join(projectRoot, ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      // No production build to name: fall through to a per-process id.
    }
  }
  return `dev${Date.now().toString(36)}`;
}

/** Wraps Next.js's handler: `answer` is called inside the request's read target, unless a 304 answers first. */
export function directoryRequestHandling(options: RequestHandlingOptions) {
  const buildId = currentBuildId(options);
  // The replicas are checked from the start, so the first requests can already be sent to them.
  hasReplicas();
  return async function handleRequest(
    request: IncomingMessage,
    response: ServerResponse,
    answer: () => Promise<void>,
  ): Promise<void> {
    compressResponse(request, response);
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    const target = readTargetFor(request, pathname);

    if (!isRead(request.method) && hasReplicas()) {
      // A write succeeded: this client's next reads must see it, so they go to the primary for as long as a
      // replica may lag.
      const seconds = Math.ceil(maxReplicaLagMs() / 1000) + 1;
      beforeHead(response, (status) => {
        if (status < 400) {
          appendSetCookie(response, `${READ_PRIMARY_COOKIE}=1; Max-Age=${seconds}; Path=/; HttpOnly; SameSite=Lax`);
        }
      });
    }

    if (isRead(request.method) && validatedByDataVersion(pathname)) {
      let etag: string | null = null;
      try {
        etag = dataVersionEtag(buildId, await dataVersionOf(target.kind === "replica" ? target.url : databaseUrl()));
      } catch {
        // The database cannot say: the route answers (or reports the outage) as it would without validation.
      }
      if (etag) {
        if (ifNoneMatchMatches(request.headers["if-none-match"], etag)) {
          response.writeHead(304, { ETag: etag, "Cache-Control": CACHE_PUBLIC, Vary: "Accept-Encoding" });
          response.end();
          return;
        }
        response.setHeader("ETag", etag);
        // Only a successful answer is labelled with the version; errors are not cached.
        beforeHead(response, (status) => {
          if (status !== 200) response.removeHeader("ETag");
        });
      }
    }
    await readingFrom(target, answer);
  };
}
