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

/**
 * Long-lived files (the boundaries' bands, Next.js's build assets: an ETag or a content-named address, and a
 * lifetime of a day or more) are compressed once, at the highest quality, and kept: later requests get the stored
 * bytes. Route handlers cannot send a Content-Encoding of their own (Next.js drops it), so this is where files
 * are pre-compressed. Bounded: files up to 8 MB, 64 MB in all, least recently used dropped first.
 */
const STORED_FILE_MAX_BYTES = 8 * 1024 * 1024;
const STORED_TOTAL_MAX_BYTES = 64 * 1024 * 1024;
const stored = new Map<string, Buffer>();
let storedBytes = 0;

function storedFile(key: string): Buffer | undefined {
  const file = stored.get(key);
  if (file) {
    stored.delete(key);
    stored.set(key, file);
  }
  return file;
}

function storeFile(key: string, file: Buffer): void {
  if (stored.has(key) || file.length > STORED_FILE_MAX_BYTES) return;
  stored.set(key, file);
  storedBytes += file.length;
  for (const [oldest, old] of stored) {
    if (storedBytes <= STORED_TOTAL_MAX_BYTES) break;
    stored.delete(oldest);
    storedBytes -= old.length;
  }
}

/** The whole body compressed at the coding's highest setting (off the main thread). */
function compressOnce(coding: "br" | "gzip", body: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, result: Buffer) => (error ? reject(error) : resolve(result));
    if (coding === "br") {
      zlib.brotliCompress(
        body,
        {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        },
        done,
      );
    } else zlib.gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }, done);
  });
}

/** Whether a response is a long-lived file worth compressing once and keeping. */
export function isLongLived(status: number, etag: string | undefined, cacheControl: string | undefined): boolean {
  if (status !== 200 || !etag || !cacheControl) return false;
  const maxAge = Number(/(?:^|,)\s*max-age=(\d+)/i.exec(cacheControl)?.[1] ?? 0);
  return /(?:^|,)\s*immutable\s*(?:,|$)/i.test(cacheControl) || maxAge >= 86_400;
}
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
  /** A long-lived file already compressed: sent instead of the body Next.js writes. */
  let storedBody: Buffer | null = null;
  /** A long-lived file's body, gathered to be compressed once and kept. */
  let gathering: { key: string; pieces: Uint8Array[]; bytes: number } | null = null;
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
    response.setHeader("Content-Encoding", coding);
    response.removeHeader("Content-Length");
    // A strong validator names one sequence of bytes; the compressed body is another (RFC 9110 §8.8.1).
    const etag = headerText(response.getHeader("etag"));
    if (etag && !etag.startsWith("W/")) response.setHeader("ETag", `W/${etag}`);
    if (isLongLived(facts.status, etag, facts.cacheControl)) {
      const key = `${request.url} ${etag} ${coding}`;
      storedBody = storedFile(key) ?? null;
      if (storedBody) {
        response.setHeader("Content-Length", storedBody.length);
        for (const listener of pendingDrain) original.on.call(response, "drain", listener);
        return;
      }
      gathering = { key, pieces: [], bytes: 0 };
    }
    stream = compressor(coding);
    const compressed = stream;
    compressed.on("data", (piece: Buffer) => {
      if (original.write.call(response, piece) === false) compressed.pause();
    });
    compressed.on("end", () => {
      original.end.call(response);
      const file = gathering;
      if (file && file.bytes <= STORED_FILE_MAX_BYTES) {
        compressOnce(coding, Buffer.concat(file.pieces)).then(
          (body) => storeFile(file.key, body),
          () => {},
        );
      }
    });
    compressed.on("error", (error) => response.destroy(error));
    original.on.call(response, "drain", () => compressed.resume());
    for (const listener of pendingDrain) compressed.on("drain", listener);
    // A client that goes away mid-download: the compressor is ended, not left holding its buffers.
    response.once("close", () => {
      if (!response.writableFinished) compressed.destroy();
    });
  }

  function gather(piece: Uint8Array): void {
    if (!gathering) return;
    gathering.bytes += piece.length;
    if (gathering.bytes > STORED_FILE_MAX_BYTES) gathering = null;
    else gathering.pieces.push(piece);
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
    const callback = rest.find((arg): arg is Callback => typeof arg === "function");
    // The stored compressed file is sent whole at the end; what Next.js writes meanwhile is the same file.
    if (storedBody) {
      callback?.();
      return true;
    }
    if (!stream) return original.write.call(this, chunk, ...rest);
    const encoding = typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : undefined;
    const piece = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
    gather(piece);
    return stream.write(piece, callback);
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
    if (storedBody) return original.end.call(this, storedBody);
    if (!stream) return original.end.call(this, ...args);
    const encoding = typeof args[1] === "string" ? (args[1] as BufferEncoding) : undefined;
    if (chunk !== undefined && chunk !== null) {
      const piece = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
      gather(piece);
      stream.end(piece);
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
