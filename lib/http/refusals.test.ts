import { describe, expect, it } from "vitest";
import {
  answer,
  decide,
  encodingProblem,
  MAX_FORM_BYTES,
  rawParserAnswer,
  refusalPage,
  UNAVAILABLE,
  UNKNOWN_ADDRESS,
  withoutScripts,
} from "./refusals";
import { SECURITY_HEADERS } from "./security-headers";

const get = (url: string, headers: Record<string, string> = {}) =>
  decide({ method: "GET", url, headers: { host: "directory.example", ...headers } });
const post = (url: string, headers: Record<string, string> = {}) =>
  decide({ method: "POST", url, headers: { host: "directory.example", ...headers } });

describe("addresses that cannot be decoded", () => {
  it.each(["%", "%zz", "%E0%A4%A", "%ff", "a%00b", "%00%ff", "%c3"])("finds %s malformed or holding NUL", (raw) => {
    expect(encodingProblem(raw)).not.toBeNull();
  });

  it.each(["", "a-b", "%20", "%C3%A9", "caf%C3%A9", "a+b"])("accepts %s", (raw) => {
    expect(encodingProblem(raw)).toBeNull();
  });

  it.each(["/api/partnerships/%ff", "/api/partnerships/%ff/history", "/api/councils/%ff", "/api/x%00"])(
    "refuses the API path %s with a 400 naming the path",
    (url) => {
      const decision = get(url);
      expect(decision).toMatchObject({ kind: "refuse", reader: "api", refusal: { status: 400 } });
      if (decision.kind === "refuse") expect(decision.refusal.message).toMatch(/in its path/);
    },
  );

  it("refuses a malformed API query string, naming it", () => {
    const decision = get("/api/partnerships?q=%ff");
    expect(decision).toMatchObject({ kind: "refuse", refusal: { status: 400 } });
    if (decision.kind === "refuse") expect(decision.refusal.message).toMatch(/query string/);
  });

  it.each(["/%", "/%zz", "/%E0%A4%A", "/%00%ff", "/partnerships/%00", "/partnerships/a%00b", "/councils/%ff"])(
    "answers the page address %s with the not-found page, without asking the database",
    (url) => expect(get(url)).toEqual({ kind: "rewrite", url: UNKNOWN_ADDRESS }),
  );

  it("refuses a form posted to such an address with the not-found page", () => {
    expect(post("/partnerships/%00")).toMatchObject({ kind: "refuse", refusal: { status: 404 } });
  });

  it("leaves a page's query string to the page, which names the parameter", () => {
    expect(get("/?q=%ff")).toEqual({ kind: "pass" });
  });
});

describe("form posts", () => {
  it.each(["null", "https://elsewhere.example", "not a url", "ftp://directory.example"])(
    "refuses Origin %s with a 403 saying what happened",
    (origin) => {
      const decision = post("/submit", { origin });
      expect(decision).toMatchObject({ kind: "refuse", reader: "page", refusal: { status: 403 } });
      if (decision.kind === "refuse") expect(decision.refusal.message).toMatch(/own pages/);
    },
  );

  it("reads forms from the directory's own pages, and those without an Origin", () => {
    expect(post("/submit", { origin: "http://directory.example" })).toEqual({ kind: "form" });
    expect(post("/submit")).toEqual({ kind: "form" });
  });

  it("believes the host the web server established (X-Forwarded-Host)", () => {
    expect(post("/submit", { origin: "https://public.example", "x-forwarded-host": "public.example" })).toEqual({
      kind: "form",
    });
  });

  it("refuses a declared body over 1 MB with 413", () => {
    expect(post("/submit", { "content-length": String(MAX_FORM_BYTES + 1) })).toMatchObject({
      refusal: { status: 413 },
    });
  });

  it("answers other methods on the API with 405 and Allow", () => {
    expect(decide({ method: "DELETE", url: "/api/partnerships", headers: { host: "x" } })).toMatchObject({
      refusal: { status: 405, headers: { Allow: "GET, HEAD" } },
    });
  });

  it("answers other methods on pages with 405 and Allow", () => {
    expect(decide({ method: "OPTIONS", url: "/map", headers: { host: "x" } })).toMatchObject({
      refusal: { status: 405, headers: { Allow: "GET, HEAD, POST" } },
    });
  });

  it("refuses a request without a Host header, saying so", () => {
    expect(decide({ method: "GET", url: "/", headers: {} })).toMatchObject({
      refusal: { status: 400, message: expect.stringMatching(/Host/) },
    });
  });
});

describe("answers", () => {
  it("gives the API a JSON error and every answer the pages' security headers", () => {
    const json = answer(UNAVAILABLE, "api", null);
    expect(json.status).toBe(503);
    expect(JSON.parse(json.body)).toEqual({ error: { message: UNAVAILABLE.message } });
    expect(json.headers["Retry-After"]).toBe("5");
    const page = answer(UNAVAILABLE, "page", null);
    for (const { key, value } of SECURITY_HEADERS) {
      expect(json.headers[key]).toBe(value);
      expect(page.headers[key]).toBe(value);
    }
    expect(page.headers["Content-Security-Policy"]).toContain("script-src 'none'");
  });

  it("puts the refusal's words into the site's page, escaped, in place of the template's text", () => {
    const template =
      '<html><head><title>Old</title><link rel="stylesheet" href="/site.css"></head><body>' +
      '<div class="govuk-grid-column-two-thirds" id="problem-text"><h1>Old heading</h1><p>Old</p></div></body></html>';
    const html = refusalPage({ status: 403, heading: "No <b>", message: "Because & so" }, template, "/x");
    expect(html).toContain('href="/site.css"');
    expect(html).toContain("<title>No &#60;b&#62; – Shared Services Directory</title>");
    expect(html).toContain("Because &#38; so");
    expect(html).not.toContain("Old heading");
  });

  it("writes a complete page even before the template exists", () => {
    const html = refusalPage(UNAVAILABLE, null, "/councils?q=a");
    expect(html).toMatch(/^<!DOCTYPE html>.*<h1[^>]*>Sorry, the service is unavailable<\/h1>.*<\/html>$/s);
    expect(html).toContain('href="/councils?q=a"');
  });

  it("removes scripts and their preloads from the template", () => {
    const html = withoutScripts(
      '<head><link rel="preload" as="script" href="/a.js"><script src="/b.js" async=""></script>' +
        '<link rel="stylesheet" href="/c.css"></head><body><script>self.x=1</script><p>kept</p></body>',
    );
    expect(html).toBe('<head><link rel="stylesheet" href="/c.css"></head><body><p>kept</p></body>');
  });
});

describe("what Node's HTTP parser refuses", () => {
  const parsed = (raw: string) => {
    const [head = "", body = ""] = raw.split("\r\n\r\n");
    const [statusLine = "", ...lines] = head.split("\r\n");
    const headers = Object.fromEntries(lines.map((line) => line.split(": ") as [string, string]));
    return { status: Number(statusLine.split(" ")[1]), headers, body };
  };

  it("names the head's limit in a 431, as JSON for the API", () => {
    const reply = parsed(rawParserAnswer("HPE_HEADER_OVERFLOW", Buffer.from("GET /api/partnerships?q=aaaa HTTP/1.1")));
    expect(reply.status).toBe(431);
    expect(JSON.parse(reply.body).error.message).toMatch(/16,384 bytes/);
    expect(reply.headers["Content-Length"]).toBe(String(Buffer.byteLength(reply.body)));
    expect(reply.headers["X-Frame-Options"]).toBe("DENY");
  });

  it("says what is wrong with an address holding a space, as text for a page", () => {
    const reply = parsed(rawParserAnswer("HPE_INVALID_URL", Buffer.from("GET /a b HTTP/1.1")));
    expect(reply.status).toBe(400);
    expect(reply.headers["Content-Type"]).toMatch(/^text\/plain/);
    expect(reply.body).toMatch(/spaces/);
  });

  it("answers anything else with a 400 that has a body", () => {
    const reply = parsed(rawParserAnswer("HPE_SOMETHING_NEW", undefined));
    expect(reply.status).toBe(400);
    expect(reply.body.length).toBeGreaterThan(20);
  });
});
