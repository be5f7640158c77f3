// Compresses a Node response on its way out, for every route — pages, API JSON, streamed exports — in one place:
// the directory's web server calls `compressResponse` before Next.js sees the request (Next.js's own gzip is off,
// docs/decisions/020-compressed-and-cacheable-responses.md). The coding is chosen when the headers go out, from
// the client's Accept-Encoding and the response's own headers (lib/http/content-coding.ts). Streamed bodies stay
// streamed: every piece written is flushed through the compressor, and the compressor's back-pressure reaches
// the writer, so memory stays bounded however long the export.
//
// Not marked `import "server-only"`: scripts/web-server.ts loads it outside Next.js's bundle.

import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { compressible, negotiateContentCoding, varyWithAcceptEncoding } from "./content-coding";

/**
 * Brotli at quality 5 compresses text about as fast as gzip at level 6 and some 15% smaller; the highest
 * qualities are for files compressed once (lib/map/boundary-bands.server.ts does that for the boundaries).
 */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;

function compressor(coding: "br" | "gzip"): zlib.BrotliCompress | zlib.Gzip {
  return coding === "br"
    ? zlib.createBrotliCompress({
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_MODE]: 1 },
      })
    : zlib.createGzip({ level: GZIP_LEVEL });
}

function headerText(value: number | string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(", ") : String(value);
}

type Chunk = string | Buffer | Uint8Array;
type Callback = (error?: Error | null) => void;

/** Arranges for `response` to be compressed when the client accepts it and the response suits. */
export function compressResponse(request: IncomingMessage, response: ServerResponse): void {
  const coding = negotiateContentCoding(headerText(request.headers["accept-encoding"]));
  // The response's own methods, loosely typed: the wrappers below pass their arguments through.
  const original = {
    writeHead: response.writeHead as (...args: unknown[]) => ServerResponse,
    write: response.write as (...args: unknown[]) => boolean,
    end: response.end as (...args: unknown[]) => ServerResponse,
    on: response.on,
  };
  let stream: zlib.BrotliCompress | zlib.Gzip | null = null;
  let decided = false;
  // "drain" listeners added before the coding is known: they belong to the compressor if there is one.
  const pendingDrain: ((...args: unknown[]) => void)[] = [];

  function decide(): void {
    if (decided) return;
    decided = true;
    const length = response.getHeader("content-length");
    const facts = {
      method: request.method,
      status: response.statusCode,
      contentType: headerText(response.getHeader("content-type")),
      contentEncoding: headerText(response.getHeader("content-encoding")),
      cacheControl: headerText(response.getHeader("cache-control")),
      contentLength: length === undefined ? undefined : Number(length),
    };
    if (compressible(facts)) {
      // Caches must keep one copy per coding, whichever this client gets.
      response.setHeader("Vary", varyWithAcceptEncoding(headerText(response.getHeader("vary"))));
    }
    if (coding === "identity" || !compressible(facts)) {
      for (const listener of pendingDrain) original.on.call(response, "drain", listener);
      return;
    }
    stream = compressor(coding);
    response.setHeader("Content-Encoding", coding);
    response.removeHeader("Content-Length");
    // A strong validator names one sequence of bytes; the compressed body is another (RFC 9110 §8.8.1).
    const etag = headerText(response.getHeader("etag"));
    if (etag && !etag.startsWith("W/")) response.setHeader("ETag", `W/${etag}`);
    const compressed = stream;
    compressed.on("data", (piece: Buffer) => {
      if (original.write.call(response, piece) === false) compressed.pause();
    });
    compressed.on("end", () => original.end.call(response));
    compressed.on("error", (error) => response.destroy(error));
    original.on.call(response, "drain", () => compressed.resume());
    for (const listener of pendingDrain) compressed.on("drain", listener);
    // A client that goes away mid-download: the compressor is ended, not left holding its buffers.
    response.once("close", () => {
      if (!response.writableFinished) compressed.destroy();
    });
  }

  response.writeHead = function writeHead(
    this: ServerResponse,
    statusCode: number,
    ...rest: [string?, (OutgoingHttpHeaders | string[])?] | [(OutgoingHttpHeaders | string[])?]
  ) {
    // Headers given to writeHead count as if set before it, so the decision sees them.
    const headers = typeof rest[0] === "string" ? rest[1] : rest[0];
    const reason = typeof rest[0] === "string" ? rest[0] : undefined;
    this.statusCode = statusCode;
    if (headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
    } else if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(headers[i]!, headers[i + 1]!);
    }
    decide();
    return reason === undefined
      ? original.writeHead.call(this, this.statusCode)
      : original.writeHead.call(this, this.statusCode, reason);
  } as ServerResponse["writeHead"];

  response.write = function write(this: ServerResponse, chunk: Chunk, ...rest: unknown[]): boolean {
    if (!this.headersSent) this.writeHead(this.statusCode);
    if (!stream) return original.write.call(this, chunk, ...rest);
    const callback = rest.find((arg): arg is Callback => typeof arg === "function");
    const encoding = typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : undefined;
    const accepted = stream.write(typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk, callback);
    return accepted;
  } as ServerResponse["write"];

  response.end = function end(this: ServerResponse, ...args: unknown[]): ServerResponse {
    const chunk = typeof args[0] === "function" ? undefined : (args[0] as Chunk | undefined);
    if (!this.headersSent) {
      // A whole body given at once: its length decides whether it is worth compressing.
      if (chunk !== undefined && chunk !== null && this.getHeader("content-length") === undefined) {
        this.setHeader("Content-Length", typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length);
      }
      this.writeHead(this.statusCode);
    }
    if (!stream) return original.end.call(this, ...args);
    const encoding = typeof args[1] === "string" ? (args[1] as BufferEncoding) : undefined;
    if (chunk !== undefined && chunk !== null) {
      stream.end(typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk);
    } else stream.end();
    return this;
  } as ServerResponse["end"];

  response.on = function on(this: ServerResponse, event: string | symbol, listener: (...args: unknown[]) => void) {
    if (event !== "drain") return original.on.call(this, event, listener);
    if (!decided) pendingDrain.push(listener);
    else if (stream) stream.on("drain", listener);
    else original.on.call(this, event, listener);
    return this;
  } as ServerResponse["on"];

  // Next.js calls flush() after each piece of a streamed body (pages, route handlers' streams): what has been
  // written so far goes out now rather than when the compressor's window fills.
  Object.assign(response, {
    flush() {
      stream?.flush(coding === "br" ? zlib.constants.BROTLI_OPERATION_FLUSH : zlib.constants.Z_SYNC_FLUSH);
    },
  });
}
