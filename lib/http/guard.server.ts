// The web server's guard around Next.js's request handler (scripts/web-server.ts): it answers itself what
// Next.js would answer with a bare 500 or an empty body — addresses that cannot be decoded, form posts from
// other sites, too large or unreadable, requests Node's HTTP parser refuses — and it replaces a failed page
// (Next.js's error document, blank without JavaScript) with a complete one: "Sorry, the service is unavailable"
// (503) when the database is not answering, else "Sorry, there is a problem with the service" (500). The words
// and rules are in refusals.ts. See docs/decisions/014-bad-requests-and-outages.md.
//
// Not marked `import "server-only"`: the web server runs it outside Next.js's bundles.

import { randomUUID } from "node:crypto";
import http, { IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import pg from "pg";
import { databaseUrl } from "@/lib/db/config";
import { poolSettings } from "@/lib/db/pool-settings";
import { lastDatabaseUnavailableAt } from "@/lib/db/unavailable";
import {
  type Answer,
  answer,
  decide,
  FAILED,
  MAX_FORM_BYTES,
  rawParserAnswer,
  readerOf,
  TOO_LARGE,
  UNAVAILABLE,
  UNKNOWN_ADDRESS,
  UNREADABLE_FORM,
  withoutScripts,
} from "./refusals";
import { isEmbeddable } from "@/lib/auth/content-security-policy";
import { FRAME_DENY, SECURITY_HEADERS } from "./security-headers";

type Handle = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** The page whose rendering, scripts removed, every page the guard writes is made from. */
export const TEMPLATE_PATH = "/service-unavailable";
const TEMPLATE_HEADER = "x-directory-template";
/** How long a database check is believed (many failures at once need one check). */
const CHECK_MS = 500;
const CHECK_TIMEOUT_MS = 1_500;
/** How long after the database was last seen down a failed page still counts as the outage's. */
const RECENT_MS = 10_000;

function send(response: ServerResponse, { status, headers, body }: Answer): void {
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  response.writeHead(status, { ...headers, "Content-Length": String(Buffer.byteLength(body)) });
  response.end(body);
}

/** Reads a request's body, up to `limit` bytes; null when it is longer (the rest is left unread). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off("data", onData);
        request.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => resolve(Buffer.concat(chunks)));
    request.once("error", reject);
  });
}

/** A request like `original` whose body is `body` (already read from the socket). */
function replay(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.headers = original.headers;
  copy.rawHeaders = original.rawHeaders;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  // Received in full: otherwise the copy, once read, counts as aborted and takes the socket down with it.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

/** Whether a form's body can be read as the content type says (multipart above all). */
async function formIsReadable(body: Buffer, contentType: string | undefined): Promise<boolean> {
  if (!contentType?.toLowerCase().startsWith("multipart/form-data")) return true;
  try {
    await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the database takes a new connection now, and has done for RECENT_MS: a page that failed while it was
 * down may reach this check after it is back (it restarts within a second), and is still an outage's failure.
 * Concurrent callers share one check; a "no" is believed for CHECK_MS.
 */
function databaseChecker(): () => Promise<boolean> {
  let last: { at: number; up: Promise<boolean> } | null = null;
  let downAt = -Infinity;
  return async () => {
    const up = await check();
    if (!up) downAt = Date.now();
    return up && Date.now() - Math.max(downAt, lastDatabaseUnavailableAt()) > RECENT_MS;
  };
  function check(): Promise<boolean> {
    if (last && Date.now() - last.at < CHECK_MS) return last.up;
    const client = new pg.Client({ ...poolSettings(databaseUrl(), 1), connectionTimeoutMillis: CHECK_TIMEOUT_MS });
    client.on("error", () => {});
    const up = client
      .connect()
      .then(() => client.query("SELECT 1"))
      .then(
        () => true,
        () => false,
      )
      .finally(() => void client.end().catch(() => {}));
    last = { at: Date.now(), up };
    // A "yes" is shared only while it is being asked: a failure just after it must ask again.
    void up.then((answer) => {
      if (answer && last?.up === up) last = null;
    });
    return up;
  }
}

type Watched = "writeHead" | "write" | "end" | "flushHeaders";

/**
 * Watches Next.js's answer: a 5xx that is not the directory's own JSON is held back, and replaced by the
 * complete 503 (database unavailable) or 500 answer; anything else goes out untouched. The watching methods stay
 * in place (Next.js wraps some of them itself once the request is under way) and simply pass calls on.
 */
function replaceFailures(
  request: IncomingMessage,
  response: ServerResponse,
  databaseUp: () => Promise<boolean>,
  template: () => string | null,
): void {
  const original = {
    writeHead: response.writeHead.bind(response),
    write: response.write.bind(response),
    end: response.end.bind(response),
    flushHeaders: response.flushHeaders.bind(response),
  };
  let state: "watching" | "replacing" | "passing" = "watching";
  /** True while the guard writes its own answer through the watched methods. */
  let ours = false;

  const isFailure = (status: number) => {
    const type = String(response.getHeader("content-type") ?? "");
    return status >= 500 && !type.includes("json");
  };
  const settle = async () => {
    const up = await databaseUp();
    const url = request.url ?? "/";
    const reader = readerOf(url.split("?")[0]!);
    ours = true;
    if (!response.headersSent) send(response, answer(up ? FAILED : UNAVAILABLE, reader, template(), url));
    ours = false;
  };

  const intercept =
    (method: Watched) =>
    (...args: unknown[]): unknown => {
      if (state === "watching" && !ours) {
        const status = method === "writeHead" ? Number(args[0]) : response.statusCode;
        state = isFailure(status) ? "replacing" : "passing";
        if (state === "replacing") void settle();
      }
      if (ours || state === "passing") return (original[method] as (...a: unknown[]) => unknown)(...args);
      // Replaced: what Next.js writes is dropped (its callbacks are still told it went well).
      const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
      if (callback) queueMicrotask(callback);
      return method === "writeHead" ? response : true;
    };
  response.writeHead = intercept("writeHead") as ServerResponse["writeHead"];
  response.write = intercept("write") as ServerResponse["write"];
  response.end = intercept("end") as ServerResponse["end"];
  response.flushHeaders = intercept("flushHeaders") as ServerResponse["flushHeaders"];
}

export interface RequestGuard {
  /** Answers a request itself, or hands it (perhaps with its body read and checked) to Next.js. */
  serve(request: IncomingMessage, response: ServerResponse, handle: Handle): Promise<void>;
  /** The server's `clientError` listener: requests Node's HTTP parser refused, answered with a body. */
  onClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex): void;
  /** Renders the template page once the server listens (again later if it could not). */
  prepare(port: number): Promise<void>;
}

export function requestGuard(): RequestGuard {
  const token = randomUUID();
  const databaseUp = databaseChecker();
  let template: string | null = null;
  let port: number | null = null;
  let lastAttempt = 0;

  const loadTemplate = async (): Promise<void> => {
    if (port === null) return;
    lastAttempt = Date.now();
    const html = await new Promise<string>((resolve, reject) => {
      const call = http.get(
        { host: "127.0.0.1", port, path: TEMPLATE_PATH, headers: { [TEMPLATE_HEADER]: token }, timeout: 30_000 },
        (reply) => {
          let text = "";
          reply.setEncoding("utf8");
          reply.on("data", (chunk: string) => (text += chunk));
          reply.on("end", () =>
            reply.statusCode === 200 ? resolve(text) : reject(new Error(`status ${reply.statusCode}`)),
          );
        },
      );
      call.on("timeout", () => call.destroy(new Error("timed out")));
      call.on("error", reject);
    });
    template = withoutScripts(html);
  };
  const currentTemplate = () => {
    if (template === null && Date.now() - lastAttempt > 10_000) void loadTemplate().catch(() => {});
    return template;
  };

  return {
    async prepare(listeningPort) {
      port = listeningPort;
      await loadTemplate().catch((error: unknown) =>
        console.error(`[directory] the error page could not be prepared yet: ${String(error)}`),
      );
    },

    onClientError(error, socket) {
      // As Node's own handler: nothing is written where an answer has already begun (or the client has gone).
      const answering = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
      if (error.code === "ECONNRESET" || !socket.writable || answering?.headersSent) {
        socket.destroy();
        return;
      }
      socket.end(rawParserAnswer(error.code, error.rawPacket));
    },

    async serve(request, response, handle) {
      const url = request.url ?? "/";
      const refuse = (refusal: Parameters<typeof answer>[0], reader: Parameters<typeof answer>[1]) =>
        send(response, answer(refusal, reader, currentTemplate(), url));

      // The template page is rendered for the guard alone; anyone else is told no such page exists.
      if (url.split("?")[0] === TEMPLATE_PATH && request.headers[TEMPLATE_HEADER] !== token) {
        request.url = UNKNOWN_ADDRESS;
      }
      delete request.headers[TEMPLATE_HEADER];

      const decision = decide({ method: request.method ?? "GET", url: request.url ?? "/", headers: request.headers });
      let forwarded = request;
      if (decision.kind === "refuse") {
        response.shouldKeepAlive = false;
        refuse(decision.refusal, decision.reader);
        request.resume();
        return;
      }
      if (decision.kind === "rewrite") request.url = decision.url;
      if (decision.kind === "form") {
        const body = await readBody(request, MAX_FORM_BYTES);
        if (body === null) {
          // The rest of the body is never read: the connection closes after the answer.
          response.shouldKeepAlive = false;
          refuse(TOO_LARGE, "page");
          response.once("finish", () => request.socket.destroySoon());
          return;
        }
        if (!(await formIsReadable(body, request.headers["content-type"]))) {
          refuse(UNREADABLE_FORM, "page");
          return;
        }
        forwarded = replay(request, body);
      }
      // Whatever Next.js answers — its own redirects and refusals included — carries the security headers.
      for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
      if (!isEmbeddable(url.split("?")[0]!)) response.setHeader(FRAME_DENY.key, FRAME_DENY.value);
      replaceFailures(request, response, databaseUp, currentTemplate);
      await handle(forwarded, response);
    },
  };
}
