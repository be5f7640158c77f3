// Hostile and malformed requests against the running directory: every page and API route (found in app/, so a
// new route is covered without touching this file) is sent generated addresses, query strings, methods, Origins,
// content types and bodies — malformed percent-encodings, NUL bytes, huge, negative and repeated values. No
// answer may be a 5xx; every 4xx must say what is wrong; every answer carries the pages' security headers.
// FUZZ_RUNS sets how many requests (default 2,000); a table of statuses is printed.
//
// Also the requests Node's HTTP parser refuses, sent over a raw socket: each must get a body.

import { readdirSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { FILTER_PARAMETER_SPECS } from "@/lib/filters/parameters";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";
import { councils, seedPartnerships } from "./seed";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const CONCURRENCY = 6;
const appDir = path.resolve(import.meta.dirname, "../../app");

/** Every page and API route, as a path pattern: "/partnerships/[slug]/history", "/api/councils/[gss]". */
function routesOf(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      found.push(...routesOf(path.join(dir, entry.name), prefix + segment));
    } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
      found.push(prefix || "/");
    }
  }
  return found;
}

const routes = routesOf(appDir);
const partnershipSlugs = (await seedPartnerships()).map((row) => row.slug!);
const councilCodes = (await councils()).map((row) => row.gss!);

const MALFORMED = ["%", "%zz", "%ff", "%E0%A4%A", "%00", "%00%ff", "a%00b", "%c3", "%F0%9F%98%80", "%2e%2e", "%2F"];
/** The filter's parameters (from its registry), and the others pages and the API read. */
const PARAMETERS = [
  ...Object.keys(FILTER_PARAMETER_SPECS),
  ...["sort", "page", "pageSize", "columns", "format", "geometry", "type", "slug", "id", "problem", "done"],
];

/** Text as it may appear in an address: encoded properly, or raw malformed escapes. */
const hostileText = fc.oneof(
  fc.constantFrom(...MALFORMED),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.string({ unit: "grapheme", maxLength: 12 }).map(encodeURIComponent),
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
  fc.constantFrom("-1", "0", "1e309", "NaN", "99999999999999999999", "1.5", "true", "null", "[]", "%2C%2C"),
  fc.integer({ min: 200, max: 3_000 }).map((n) => "a".repeat(n)),
  fc.constantFrom(...partnershipSlugs.slice(0, 20), ...councilCodes.slice(0, 20), "legal-democratic", "active"),
);

const segmentValue = (pattern: string) =>
  fc.oneof(
    { weight: 2, arbitrary: hostileText },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...(pattern.includes("gss") ? councilCodes : partnershipSlugs).slice(0, 50), "1"),
    },
  );

const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMETERS), hostileText), hostileText), { maxLength: 6 })
  .chain((pairs) =>
    // Repeated values: some pairs sent many times.
    fc
      .nat({ max: 60 })
      .map((repeat) => (pairs.length && repeat > 40 ? [...pairs, ...Array(repeat).fill(pairs[0])] : pairs)),
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([name, value]) => `${name}=${value}`).join("&")}` : ""));

const ORIGINS = [undefined, "null", "https://elsewhere.example", "http://localhost", "garbage", "http://localhost:1"];
const BODIES = [
  { type: "multipart/form-data; boundary=x", body: "garbage" },
  { type: "multipart/form-data", body: "--x\r\n" },
  { type: "application/x-www-form-urlencoded", body: "name=%ff&sources=%00" },
  { type: "text/plain", body: "[]" },
  { type: "application/json", body: '{"a":' },
  { type: "multipart/form-data; boundary=x", body: "a".repeat(1024 * 1024 + 10) },
];

const request = fc.record({
  route: fc.constantFrom(...routes),
  query,
  method: fc.oneof(
    { weight: 6, arbitrary: fc.constant("GET") },
    { weight: 2, arbitrary: fc.constant("POST") },
    { weight: 1, arbitrary: fc.constantFrom("HEAD", "PUT", "DELETE", "OPTIONS", "PATCH") },
  ),
  origin: fc.constantFrom(...ORIGINS),
  body: fc.constantFrom(...BODIES),
  nextAction: fc.constantFrom(undefined, "abc", "0".repeat(42), "%00"),
});

type Sample = {
  route: string;
  method: string;
  origin: string | undefined;
  body: { type: string; body: string };
  nextAction: string | undefined;
  path: string;
};

async function addressOf(route: string): Promise<string> {
  const parts = await Promise.all(
    route.split("/").map(async (part) => (/^\[.*\]$/.test(part) ? fc.sample(segmentValue(part), 1)[0]! : part)),
  );
  return parts.join("/") || "/";
}

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function send(port: number, sample: Sample, agent: http.Agent): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (sample.origin) headers.Origin = sample.origin;
    const hasBody = sample.method === "POST" || sample.method === "PUT" || sample.method === "PATCH";
    if (hasBody) {
      headers["Content-Type"] = sample.body.type;
      headers["Content-Length"] = String(Buffer.byteLength(sample.body.body));
      if (sample.nextAction) headers["Next-Action"] = sample.nextAction;
    }
    const call = http.request({ host: "127.0.0.1", port, method: sample.method, path: sample.path, headers, agent });
    call.setTimeout(60_000, () => call.destroy(new Error(`timed out: ${sample.method} ${sample.path}`)));
    call.on("response", (reply) => {
      let body = "";
      reply.setEncoding("utf8");
      reply.on("data", (chunk: string) => (body += chunk));
      reply.on("end", () => resolve({ status: reply.statusCode!, headers: reply.headers, body }));
      reply.on("error", reject);
    });
    // A server may close the connection before reading a refused body: the answer still counts.
    call.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" ? undefined : reject(error)));
    if (hasBody) call.end(sample.body.body);
    else call.end();
  });
}

/** What is wrong with an answer, or null. */
function problemWith(sample: Sample, reply: Reply): string | null {
  const where = `${sample.method} ${sample.path.slice(0, 200)} → ${reply.status}`;
  // 503 is the documented answer while the database does not take connections (on a loaded machine, the health
  // check's connect timeout can say so): it must say so. Any other 5xx is a fault.
  if (reply.status === 503 && !/database/.test(reply.body)) return `${where}: a 503 that does not say why`;
  if (reply.status >= 500 && reply.status !== 503) return `${where}: a server error (${reply.body.slice(0, 200)})`;
  for (const { key, value } of SECURITY_HEADERS) {
    if (reply.headers[key.toLowerCase()] !== value) return `${where}: no ${key} header`;
  }
  if (reply.status >= 400 && sample.method !== "HEAD") {
    const type = String(reply.headers["content-type"] ?? "");
    if (type.includes("json")) {
      const message = (JSON.parse(reply.body) as { error?: { message?: unknown } }).error?.message;
      if (typeof message !== "string" || message.length < 10) return `${where}: JSON without error.message`;
    } else if (type.includes("html")) {
      if (!/<h1[^>]*>[^<]{5,}/.test(reply.body) || !reply.body.includes("</html>"))
        return `${where}: an HTML page without a heading`;
    } else if (reply.body.trim().length < 10) return `${where}: an empty body (${type})`;
  }
  return null;
}

test(`${RUNS} generated requests over every route: no 5xx, every 4xx says what is wrong`, async ({ baseURL }) => {
  test.setTimeout(600_000);
  const port = Number(new URL(baseURL!).port);
  const samples = fc.sample(request, { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const table = new Map<string, number>();
  const problems: string[] = [];
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < samples.length) {
      const raw = samples[next++]!;
      const sample: Sample = { ...raw, path: `${await addressOf(raw.route)}${raw.query}` };
      let reply: Reply;
      try {
        reply = await send(port, sample, agent);
      } catch (error) {
        // Node's client refusing the framing of an answer (seen once in thousands of HEAD requests under load) is
        // counted apart; anything else is a fault.
        const message = (error as Error).message;
        if (!/^Parse Error/.test(message)) problems.push(`${sample.method} ${sample.path.slice(0, 200)}: ${message}`);
        table.set(`transport: ${message.slice(0, 40)}`, (table.get(`transport: ${message.slice(0, 40)}`) ?? 0) + 1);
        continue;
      }
      const kind = sample.route.startsWith("/api") ? "api" : "page";
      const key = `${kind} ${sample.method === "GET" ? "GET" : "other"} ${reply.status}`;
      table.set(key, (table.get(key) ?? 0) + 1);
      const problem = problemWith(sample, reply);
      if (problem) problems.push(problem);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  const rows = [...table].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => `  ${key.padEnd(22)} ${count}`);
  console.log(
    `${RUNS} requests over ${routes.length} routes in ${((Date.now() - started) / 1000).toFixed(1)} s:\n${rows.join("\n")}`,
  );
  expect(problems.slice(0, 20)).toEqual([]);
});

/** Sends raw bytes and reads the whole answer (the server closes the connection after a parser error). */
function rawExchange(port: number, bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.end(bytes));
    let text = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
}

const PARSER_REFUSALS = [
  { name: "a space in the address", bytes: "GET /a b HTTP/1.1\r\nHost: x\r\n\r\n", status: 400, words: /spaces/ },
  { name: "a tab in the address", bytes: "GET /a\tb HTTP/1.1\r\nHost: x\r\n\r\n", status: 400, words: /tabs/ },
  {
    name: "raw non-ASCII in the address",
    bytes: "GET /caf\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n",
    status: 400,
    words: /ASCII/,
  },
  { name: "no Host header", bytes: "GET / HTTP/1.1\r\n\r\n", status: 400, words: /Host/ },
  {
    name: "a head over 16 KB (a q of 16,400 characters)",
    bytes: `GET /api/partnerships?q=${"a".repeat(16_400)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    status: 431,
    words: /16,384 bytes/,
  },
];

for (const refusal of PARSER_REFUSALS) {
  test(`a request with ${refusal.name} is answered ${refusal.status} with a body and the security headers`, async ({
    baseURL,
  }) => {
    const answer = await rawExchange(Number(new URL(baseURL!).port), Buffer.from(refusal.bytes, "latin1"));
    const [head = "", body = ""] = answer.split("\r\n\r\n");
    expect(head.split("\r\n")[0]).toMatch(new RegExp(`^HTTP/1.1 ${refusal.status} `));
    expect(body).toMatch(refusal.words);
    for (const { key, value } of SECURITY_HEADERS) expect(head).toContain(`${key}: ${value}`);
  });
}

test("a NUL in a partnership's address is the complete not-found page, also without JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const address of ["/partnerships/%00", "/partnerships/a%00b", "/submit?slug=%00"]) {
    const response = await page.goto(address);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
  await context.close();
});
