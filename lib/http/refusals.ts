// Requests the web server answers itself, before (or instead of) Next.js, and how it words them: addresses that
// cannot be decoded, form posts from other sites or too large to read, what Node's HTTP parser refuses, and the
// page or JSON shown while the database is unavailable. Every answer names what is wrong and carries the same
// security headers as the pages. See docs/decisions/014-bad-requests-and-outages.md.
//
// Pure: lib/http/guard.server.ts applies these to Node's requests and responses; unit-tested beside it.

import { API_POLICY, SCRIPTLESS_PAGE_POLICY, securityHeaders } from "./security-headers";

/** The largest form a page accepts (Next.js's own limit for server actions, which the forms are). */
export const MAX_FORM_BYTES = 1024 * 1024;
/** Node's limit on a request's head (request line and headers), `--max-http-header-size`'s default. */
export const MAX_HEAD_BYTES = 16 * 1024;
/** What a client is told to wait before trying again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;
/** An address no page matches: Next.js answers it with the complete not-found page (also used by proxy.ts). */
export const UNKNOWN_ADDRESS = "/_unknown-address";

export type Reader = "api" | "page";

/** A refusal as the client receives it: its status, what is wrong, and (for a page) a heading. */
export interface Refusal {
  status: number;
  message: string;
  /** The page's heading; the message becomes its paragraph. */
  heading?: string;
  headers?: Record<string, string>;
}

/** Files served by route handlers outside /api (feeds, the charts' and comparisons' CSVs): read, never posted to. */
const DOWNLOAD = /^\/(feeds|insights)\/|\.(csv|atom|json)$/;

export function readerOf(path: string): Reader {
  return path === "/api" || path.startsWith("/api/") || DOWNLOAD.test(path) ? "api" : "page";
}

/** What is wrong with one part of an address (path or query string) as sent, or null. */
export function encodingProblem(raw: string): "malformed" | "nul" | null {
  if (/%(?![0-9a-f]{2})/i.test(raw)) return "malformed";
  let decoded: string;
  try {
    // A query string's "+" is a space; it cannot make the text malformed.
    decoded = decodeURIComponent(raw);
  } catch {
    return "malformed";
  }
  return decoded.includes("\u0000") ? "nul" : null;
}

const PART_WORDS = { path: "its path", query: "its query string" } as const;

function encodingMessage(problem: "malformed" | "nul", part: keyof typeof PART_WORDS): string {
  return problem === "nul"
    ? `The address contains a NUL character (%00) in ${PART_WORDS[part]}, which no address of the directory has`
    : `The address has a malformed percent-encoding in ${PART_WORDS[part]}: each % must be followed by two ` +
        `hexadecimal digits, and together they must spell UTF-8 text`;
}

/** The host an Origin header names, or null for "null" and anything that is not an origin. */
function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}

export interface RequestFacts {
  method: string;
  /** The request target as sent: path and query string, still encoded. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export type Decision =
  | { kind: "refuse"; reader: Reader; refusal: Refusal }
  /** Hand Next.js another address instead (the not-found page for an address that names nothing). */
  | { kind: "rewrite"; url: string }
  /** A form post: read its body (at most MAX_FORM_BYTES) and check it before Next.js does. */
  | { kind: "form" }
  | { kind: "pass" };

function header(facts: RequestFacts, name: string): string | undefined {
  const value = facts.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** What to do with a request before Next.js sees it. */
export function decide(facts: RequestFacts): Decision {
  const queryAt = facts.url.indexOf("?");
  const path = queryAt === -1 ? facts.url : facts.url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : facts.url.slice(queryAt + 1);
  const reader = readerOf(path);
  const method = facts.method.toUpperCase();

  if (!header(facts, "host")) {
    return {
      kind: "refuse",
      reader,
      refusal: { status: 400, message: "The request has no Host header: HTTP/1.1 requires one, naming the site" },
    };
  }

  const inPath = encodingProblem(path);
  if (inPath && reader === "api") {
    return { kind: "refuse", reader, refusal: { status: 400, message: encodingMessage(inPath, "path") } };
  }
  // No page has such an address: the complete not-found page, without asking the database (a form posted to it
  // is refused outright, before Next.js could take it for a server action).
  if (inPath) {
    return method === "GET" || method === "HEAD"
      ? { kind: "rewrite", url: UNKNOWN_ADDRESS }
      : { kind: "refuse", reader, refusal: NOT_FOUND };
  }
  const inQuery = encodingProblem(query.replaceAll("+", " "));
  if (inQuery && reader === "api") {
    return { kind: "refuse", reader, refusal: { status: 400, message: encodingMessage(inQuery, "query") } };
  }

  if (reader === "api") {
    if (method === "GET" || method === "HEAD" || method === "OPTIONS") return { kind: "pass" };
    return {
      kind: "refuse",
      reader,
      refusal: {
        status: 405,
        message: `The API and downloads only answer GET requests, not ${method.slice(0, 20)}`,
        headers: { Allow: "GET, HEAD" },
      },
    };
  }
  if (method === "GET" || method === "HEAD") return { kind: "pass" };
  if (method !== "POST") {
    return {
      kind: "refuse",
      reader,
      refusal: {
        status: 405,
        heading: "This address cannot be used like that",
        message: `Pages are read with GET and their forms sent with POST, not ${method.slice(0, 20)}`,
        headers: { Allow: "GET, HEAD, POST" },
      },
    };
  }

  // Forms are posted by the directory's own pages. A browser says where a post comes from; "null" is a sandboxed
  // frame, a privacy-conscious redirect or a file — never one of our pages.
  const origin = header(facts, "origin");
  const host = header(facts, "x-forwarded-host") ?? header(facts, "host");
  if (origin !== undefined && (originHost(origin) === null || originHost(origin) !== host)) {
    return {
      kind: "refuse",
      reader,
      refusal: {
        status: 403,
        heading: "This form was sent from another website",
        message:
          "The directory only accepts forms sent from its own pages. Nothing was saved. Open the form on " +
          "this site and send it again.",
      },
    };
  }
  const length = Number(header(facts, "content-length") ?? "0");
  if (length > MAX_FORM_BYTES) return { kind: "refuse", reader, refusal: TOO_LARGE };
  return { kind: "form" };
}

export const NOT_FOUND: Refusal = {
  status: 404,
  heading: "Page not found",
  message: "No page of the directory has this address. If you typed it, check it is correct.",
};

export const TOO_LARGE: Refusal = {
  status: 413,
  heading: "The form is too large",
  message: `A form can be at most 1 MB (${MAX_FORM_BYTES.toLocaleString("en-GB")} bytes). Nothing was saved. Shorten the longest answers and send it again.`,
};

export const UNREADABLE_FORM: Refusal = {
  status: 400,
  heading: "The form could not be read",
  message:
    "What was sent is not a form the directory can read (its multipart encoding is broken). Nothing was saved. " +
    "Open the form again and send it from the page.",
};

export const UNAVAILABLE: Refusal = {
  status: 503,
  heading: "Sorry, the service is unavailable",
  message:
    "The directory cannot reach its database at the moment. It usually comes back by itself within a minute: " +
    "try again shortly. Nothing you sent has been lost or half-saved.",
  headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
};

export const FAILED: Refusal = {
  status: 500,
  heading: "Sorry, there is a problem with the service",
  message: "The directory could not answer this request. Try again later.",
};

/** The API's error body: `{ "error": { "message" } }`, as docs/product.md defines it. */
export function jsonBody(message: string): string {
  return JSON.stringify({ error: { message } });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A response the web server writes itself: status, headers and body. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The page shown for a refusal: the site's own page (`template`, the directory's /service-unavailable page as
 * rendered, scripts removed) with its heading and text replaced; a plain complete page when there is none yet.
 */
export function refusalPage(refusal: Refusal, template: string | null, retryUrl: string): string {
  const heading = escapeHtml(refusal.heading ?? "The request cannot be answered");
  const text =
    `<h1 class="govuk-heading-l">${heading}</h1><p class="govuk-body">${escapeHtml(refusal.message)}</p>` +
    (refusal.status >= 500
      ? `<p class="govuk-body"><a class="govuk-link" href="${escapeHtml(retryUrl)}">Try again</a></p>`
      : "") +
    `<p class="govuk-body"><a class="govuk-link" href="/">Go to the directory home page</a></p>`;
  const start = template?.indexOf(PROBLEM_TEXT_START) ?? -1;
  const end = start === -1 ? -1 : template!.indexOf("</div>", start);
  if (template && start !== -1 && end !== -1) {
    return (template.slice(0, start + PROBLEM_TEXT_START.length) + text + template.slice(end)).replace(
      /<title>[^<]*<\/title>/,
      `<title>${heading} – Shared Services Directory</title>`,
    );
  }
  return (
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" ` +
    `content="width=device-width, initial-scale=1"><title>${heading} – Shared Services Directory</title></head>` +
    `<body><main id="main-content">${text}</main></body></html>`
  );
}

/** Where the template's text starts: the element the /service-unavailable page gives this id. */
export const PROBLEM_TEXT_ID = "problem-text";
const PROBLEM_TEXT_START = `id="${PROBLEM_TEXT_ID}">`;

/** Removes scripts (and their preloads) from a rendered page: what remains works without them. */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, "")
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, "");
}

/** The whole answer to a refusal, for an API client (JSON) or a browser (a page). */
export function answer(refusal: Refusal, reader: Reader, template: string | null, retryUrl = "/"): Answer {
  const common = { "Cache-Control": "no-store", ...refusal.headers };
  if (reader === "api") {
    return {
      status: refusal.status,
      headers: { ...securityHeaders(API_POLICY), ...common, "Content-Type": "application/json; charset=utf-8" },
      body: jsonBody(refusal.message),
    };
  }
  return {
    status: refusal.status,
    headers: { ...securityHeaders(SCRIPTLESS_PAGE_POLICY), ...common, "Content-Type": "text/html; charset=utf-8" },
    body: refusalPage(refusal, template, retryUrl),
  };
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  408: "Request Timeout",
  413: "Content Too Large",
  414: "URI Too Long",
  431: "Request Header Fields Too Large",
};

/** What Node's HTTP parser refused, in words: its error code tells which limit or rule the request broke. */
export function parserRefusal(code: string | undefined): Refusal {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return {
        status: 431,
        message:
          `The request's head (its address and headers) is larger than the limit of ` +
          `${MAX_HEAD_BYTES.toLocaleString("en-GB")} bytes (16 KB). Send a shorter address: a search (q) is at most ` +
          `200 characters.`,
      };
    case "ERR_HTTP_REQUEST_TIMEOUT":
    case "ERR_HTTP_HEADERS_TIMEOUT":
      return { status: 408, message: "The request was not received in time." };
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return { status: 413, message: "The request's chunk extensions are too large." };
    case "HPE_INVALID_URL":
    case "HPE_INVALID_CONSTANT":
    case "HPE_INVALID_METHOD":
      return {
        status: 400,
        message:
          "The request line is not valid HTTP: an address must not contain spaces, tabs, control characters or " +
          "characters outside ASCII (percent-encode them, e.g. %20 for a space, %C3%A9 for é).",
      };
    default:
      return {
        status: 400,
        message:
          "The request is not valid HTTP/1.1 (for example, it has no Host header, or a header is malformed). " +
          `(${code ?? "unknown error"})`,
      };
  }
}

/**
 * The raw bytes answering a request Node's parser refused (the `clientError` event): a short JSON body when
 * the request was for the API, short text otherwise, with the security headers; the connection is closed.
 */
export function rawParserAnswer(code: string | undefined, rawPacket: Buffer | undefined): string {
  const refusal = parserRefusal(code);
  const firstLine = rawPacket?.subarray(0, 200).toString("latin1").split(/\r?\n/)[0] ?? "";
  const isApi = /^[A-Z]+ \/api(\/|\?|\s|$)/.test(firstLine);
  const body = isApi ? jsonBody(refusal.message) : `${refusal.message}\n`;
  const headers: Record<string, string> = {
    ...securityHeaders(API_POLICY),
    "Content-Type": isApi ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
    Connection: "close",
  };
  const head = [
    `HTTP/1.1 ${refusal.status} ${REASONS[refusal.status] ?? "Bad Request"}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${head.join("\r\n")}\r\n\r\n${body}`;
}
