import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponse } from "./compress-response";

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
});
