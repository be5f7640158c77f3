// What travels over the wire from the running directory (npm start, Next.js behind the directory's web server):
// every answer compressed as the client asks, streamed exports included, decoding to the very bytes an
// uncompressed client gets; a repeated API request answered 304; the map's first boundaries small and cached
// for good. Requests are sent without a browser so the raw bytes and headers can be read.

import http from "node:http";
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject);
  });
}

function decoded(response: Raw): Buffer {
  const coding = response.headers["content-encoding"];
  if (coding === "br") return zlib.brotliDecompressSync(response.body);
  if (coding === "gzip") return zlib.gunzipSync(response.body);
  return response.body;
}

test("a streamed export arrives compressed and decodes to the same bytes", async ({ baseURL }) => {
  for (const address of [
    "/api/partnerships.csv",
    "/api/partnerships.geojson?geometry=links",
    "/api/partnerships.json",
  ]) {
    const plain = await raw(`${baseURL}${address}`, { "Accept-Encoding": "identity" });
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const [accept, coding] of [
      ["br;q=1, gzip;q=0.5", "br"],
      ["gzip", "gzip"],
    ] as const) {
      const compressed = await raw(`${baseURL}${address}`, { "Accept-Encoding": accept });
      expect(compressed.headers["content-encoding"], address).toBe(coding);
      expect(compressed.headers.vary).toMatch(/Accept-Encoding/);
      expect(compressed.body.length).toBeLessThan(plain.body.length / 2);
      expect(decoded(compressed).equals(plain.body), `${address} as ${coding}`).toBe(true);
    }
  }
});

test("a repeated API request is answered 304 until the data changes", async ({ baseURL }) => {
  for (const address of ["/api/partnerships?service=waste-environment", "/api/partnerships.csv", "/api/councils"]) {
    const first = await raw(`${baseURL}${address}`, { "Accept-Encoding": "br" });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^W\/".+"$/);
    expect(first.headers["cache-control"]).toMatch(/public, .*s-maxage=\d+/);
    const again = await raw(`${baseURL}${address}`, { "Accept-Encoding": "br", "If-None-Match": first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  }
  const bad = await raw(`${baseURL}/api/partnerships?service=nonsense`);
  expect(bad.status).toBe(400);
  expect(bad.headers.etag).toBeUndefined();
});

test("pages are compressed once, by the directory, in the coding the client prefers", async ({ baseURL }) => {
  const page = await raw(`${baseURL}/`, { "Accept-Encoding": "gzip, deflate, br" });
  expect(page.headers["content-encoding"]).toBe("br");
  expect(decoded(page).toString()).toContain("</html>");
  const none = await raw(`${baseURL}/`);
  expect(none.headers["content-encoding"]).toBeUndefined();
  expect(none.body.toString()).toContain("</html>");
});

test("the map's first view needs only the coarse boundaries, cached for good", async ({ page, baseURL }) => {
  const bands: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/boundaries")) bands.push(new URL(request.url()).pathname);
  });
  await page.goto("/map");
  await expect(page.locator(".leaflet-container")).toBeVisible();
  await expect.poll(() => bands.length).toBeGreaterThan(0);
  expect(bands).toHaveLength(1);
  expect(bands[0]).toMatch(/^\/api\/boundaries\/coarse\.[0-9a-f]+\.json$/);
  const coarse = await raw(`${baseURL}${bands[0]}`, { "Accept-Encoding": "br" });
  const full = await raw(`${baseURL}/api/boundaries`, { "Accept-Encoding": "identity" });
  expect(coarse.headers["cache-control"]).toContain("immutable");
  expect(coarse.body.length).toBeLessThan(full.body.length / 5);
  const topology = JSON.parse(decoded(coarse).toString()) as { objects: Record<string, unknown> };
  expect(Object.keys(topology.objects).sort()).toEqual(["ctry", "cty", "ltla", "rgn", "utla"]);
});
