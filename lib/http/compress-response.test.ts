import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponse, isLongLived } from "./compress-response";

// A body that compresses well and is larger than the compressor's buffers: many pieces, as an export streams.
const ROW = "synthetic-partnership,Mid Devon and Torridge shared legal service,legal,2019,\n";
const PIECES = 400;
const PIECE = ROW.repeat(40);

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    compressResponse(request, response);
    const url = new URL(request.url!, "http://localhost");
    if (url.pathname === "/stream") {
      response.setHeader("Content-Type", "text/csv; charset=utf-8");
      let sent = 0;
      const next = () => {
        while (sent < PIECES) {
          sent += 1;
          const accepted = response.write(PIECE);
          (response as unknown as { flush(): void }).flush();
          if (!accepted) return void response.once("drain", next);
        }
        response.end();
      };
      next();
    } else if (url.pathname === "/small") {
      response.setHeader("Content-Type", "application/json");
      response.end('{"ok":true}');
    } else if (url.pathname === "/encoded") {
      const body = zlib.gzipSync(PIECE);
      response.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
      response.end(body);
    } else if (url.pathname === "/file") {
      // A long-lived file, written in pieces as Next.js writes a route handler's body.
      response.setHeader("ETag", '"file-v1"');
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      response.setHeader("Content-Type", "application/json");
      response.write(PIECE);
      response.end(PIECE);
    } else {
      response.setHeader("ETag", '"abc"');
      response.setHeader("Content-Type", "application/json");
      response.end(JSON.stringify({ rows: PIECE }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The raw bytes and headers, without the client decoding anything. */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding };
    http
      .get(`${base}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("compressResponse", () => {
  const expected = PIECE.repeat(PIECES);

  it("streams brotli that decodes to the same bytes", async () => {
    const { headers, body } = await get("/stream", "gzip, br");
    expect(headers["content-encoding"]).toBe("br");
    expect(headers.vary).toBe("Accept-Encoding");
    expect(headers["content-length"]).toBeUndefined();
    expect(zlib.brotliDecompressSync(body).toString()).toBe(expected);
    expect(body.length).toBeLessThan(expected.length / 10);
  });

  it("streams gzip to a client that accepts only gzip", async () => {
    const { headers, body } = await get("/stream", "gzip");
    expect(headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(body).toString()).toBe(expected);
  });

  it("sends identity to a client that asks for nothing, still saying it varies", async () => {
    const { headers, body } = await get("/stream");
    expect(headers["content-encoding"]).toBeUndefined();
    expect(headers.vary).toBe("Accept-Encoding");
    expect(body.toString()).toBe(expected);
  });

  it("leaves small bodies and pre-compressed ones as they are", async () => {
    const small = await get("/small", "br");
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString()).toBe('{"ok":true}');
    const encoded = await get("/encoded", "br");
    expect(encoded.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(encoded.body).toString()).toBe(PIECE);
  });

  it("weakens a strong ETag on a compressed body", async () => {
    const compressed = await get("/whole", "br");
    expect(compressed.headers.etag).toBe('W/"abc"');
    expect(JSON.parse(zlib.brotliDecompressSync(compressed.body).toString())).toEqual({ rows: PIECE });
    const plain = await get("/whole", "identity");
    expect(plain.headers.etag).toBe('"abc"');
  });

  it("compresses a long-lived file once, at the highest setting, and sends the stored bytes after", async () => {
    const first = await get("/file", "br");
    expect(zlib.brotliDecompressSync(first.body).toString()).toBe(PIECE + PIECE);
    let again = await get("/file", "br");
    for (let tries = 0; again.headers["content-length"] === undefined && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      again = await get("/file", "br");
    }
    expect(Number(again.headers["content-length"])).toBe(again.body.length);
    expect(zlib.brotliDecompressSync(again.body).toString()).toBe(PIECE + PIECE);
    expect(again.headers.etag).toBe('W/"file-v1"');
    const gzip = await get("/file", "gzip");
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(PIECE + PIECE);
  });

  it("keeps only files that live a day or more and have a validator", () => {
    expect(isLongLived(200, '"x"', "public, max-age=31536000, immutable")).toBe(true);
    expect(isLongLived(200, '"x"', "public, max-age=604800")).toBe(true);
    expect(isLongLived(200, '"x"', "public, max-age=60")).toBe(false);
    expect(isLongLived(200, undefined, "public, immutable")).toBe(false);
    expect(isLongLived(404, '"x"', "public, immutable")).toBe(false);
  });
});
