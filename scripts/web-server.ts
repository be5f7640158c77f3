// The directory's web server, started by scripts/serve.ts: Next.js (the production build, or development with
// `dev`) behind Node's own HTTP server. Before Next.js sees a request, X-Forwarded-For, -Proto and -Host are
// replaced with what the directory believes — the socket's peer, unless TRUST_PROXY names proxies in front
// (lib/http/forwarded.ts) — so route handlers and server actions can rely on them, and responses that reached
// the client over https carry Strict-Transport-Security. Same process, same request handler as `next start`.
//
// Run with `node --import tsx/esm scripts/web-server.ts start|dev` (no react-server condition: Next.js sets up
// its own). Stops on SIGTERM or SIGINT; the start script's watchdog sends SIGTERM if the start script dies.

import http, { type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import type { TLSSocket } from "node:tls";
import next from "next";
import { directoryRequestHandling } from "@/lib/http/request-handling";
import { believeForwardedHeaders, parseTrustProxy, type TrustProxy, TrustProxyError } from "@/lib/http/forwarded";
import { requestGuard } from "@/lib/http/guard.server";

const projectRoot = path.resolve(import.meta.dirname, "..");
const dev = process.argv[2] === "dev";
const port = Number(process.env.PORT ?? 3000);
/** How long requests in flight may take to finish once the server is asked to stop. */
const DRAIN_MS = 3_000;

function say(message: string): void {
  process.stdout.write(`[directory] ${message}\n`);
}

let trust: TrustProxy;
try {
  trust = parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  if (!(error instanceof TrustProxyError)) throw error;
  console.error(`\n[directory] could not start: ${error.message}\n`);
  process.exit(2);
}

/** Replaces the client's own claims with what the directory believes (lib/http/forwarded.ts). */
function believe(request: IncomingMessage, response?: ServerResponse): void {
  const headers = believeForwardedHeaders(
    {
      socketAddress: request.socket.remoteAddress,
      encrypted: Boolean((request.socket as TLSSocket).encrypted),
      headers: request.headers,
    },
    trust,
  );
  for (const [name, value] of Object.entries(headers)) response?.setHeader(name, value);
}

process.title = `next-server (directory, port ${port})`;
const app = next({ dev, dir: projectRoot, hostname: "localhost", port, ...(dev ? { turbopack: true } : {}) });
await app.prepare();
const handle = app.getRequestHandler();
// Bad requests, refused forms and failed pages answered completely (lib/http/guard.server.ts); inside it,
// compression, read routing (primary or replica) and 304s for unchanged public data (docs/decisions/020, 021).
const guard = requestGuard();
const around = directoryRequestHandling({ dev, projectRoot });

// A request without a Host header is answered by the guard, with a body, rather than by Node with an empty 400.
const server = http.createServer({ requireHostHeader: false }, (request, response) => {
  believe(request, response);
  guard
    .serve(request, response, (forwarded, answer) => around(forwarded, answer, () => handle(forwarded, answer)))
    .catch((error: unknown) => {
      console.error(`[directory] request for ${request.url} failed:`, error);
      if (!response.headersSent) {
        response.statusCode = 500;
        response.setHeader("Content-Type", "text/plain; charset=utf-8");
      }
      response.end("The directory could not answer this request.\n");
    });
});
// Before Next.js's own upgrade listener (development's hot reload), which it adds on the first request.
server.on("upgrade", (request: IncomingMessage) => believe(request));
// What Node's HTTP parser refuses (over-long heads, spaces or non-ASCII in the address, no Host) gets a body too.
server.on("clientError", guard.onClientError);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  // No new connections; requests in flight get DRAIN_MS to finish.
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, DRAIN_MS).unref();
  });
  await app.close().catch(() => {});
  process.exit(signal === "SIGINT" ? 130 : 143);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

server.once("error", (error: NodeJS.ErrnoException) => {
  console.error(`\n[directory] the web server could not listen on port ${port}: ${error.message}\n`);
  process.exit(1);
});
server.listen(port, () => {
  say(`serving the directory at http://localhost:${port}`);
  void guard.prepare(port);
});
