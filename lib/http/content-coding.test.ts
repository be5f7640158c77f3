import { describe, expect, it } from "vitest";
import {
  compressible,
  isCompressibleType,
  MIN_COMPRESSED_BYTES,
  negotiateContentCoding,
  varyWithAcceptEncoding,
} from "./content-coding";

describe("negotiateContentCoding", () => {
  it.each([
    [undefined, "identity"],
    ["", "identity"],
    ["gzip, deflate, br, zstd", "br"],
    ["gzip, deflate", "gzip"],
    ["x-gzip", "gzip"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0.8, gzip;q=0.8", "br"],
    ["BR", "br"],
    ["*", "br"],
    ["*;q=0.5, br;q=0", "gzip"],
    ["gzip;q=0, br;q=0", "identity"],
    ["gzip;q=0.5, identity", "identity"],
    ["gzip;q=0.5, identity;q=0.2", "gzip"],
    ["identity", "identity"],
    ["deflate", "identity"],
    ["identity;q=0, *;q=0", "identity"],
    ["gzip;q=abc", "identity"],
    ["br;q=0.001", "br"],
  ] as const)("Accept-Encoding %j gives %s", (header, expected) => {
    expect(negotiateContentCoding(header)).toBe(expected);
  });
});

describe("which responses are compressed", () => {
  const json = {
    method: "GET",
    status: 200,
    contentType: "application/json; charset=utf-8",
    contentEncoding: undefined,
    cacheControl: "public, max-age=60",
    contentLength: undefined,
  };

  it("compresses text of every kind the directory serves", () => {
    for (const type of [
      "text/html; charset=utf-8",
      "text/csv; charset=utf-8; header=present",
      "application/json",
      "application/geo+json; charset=utf-8",
      "application/schema+json",
      "text/x-component",
      "application/javascript",
      "image/svg+xml",
    ]) {
      expect(isCompressibleType(type), type).toBe(true);
    }
    for (const type of [undefined, "image/png", "font/woff2", "application/octet-stream", "application/zip"]) {
      expect(isCompressibleType(type), String(type)).toBe(false);
    }
  });

  it("compresses streamed bodies and bodies over the threshold, not small ones", () => {
    expect(compressible(json)).toBe(true);
    expect(compressible({ ...json, contentLength: MIN_COMPRESSED_BYTES })).toBe(true);
    expect(compressible({ ...json, contentLength: MIN_COMPRESSED_BYTES - 1 })).toBe(false);
  });

  it("leaves alone what is already encoded, bodiless or marked no-transform", () => {
    expect(compressible({ ...json, contentEncoding: "br" })).toBe(false);
    expect(compressible({ ...json, contentEncoding: "identity" })).toBe(true);
    expect(compressible({ ...json, method: "HEAD" })).toBe(false);
    expect(compressible({ ...json, status: 304 })).toBe(false);
    expect(compressible({ ...json, status: 204 })).toBe(false);
    expect(compressible({ ...json, status: 206 })).toBe(false);
    expect(compressible({ ...json, cacheControl: "public, no-transform" })).toBe(false);
    expect(compressible({ ...json, status: 404 })).toBe(true);
  });

  it("adds Accept-Encoding to Vary once", () => {
    expect(varyWithAcceptEncoding(undefined)).toBe("Accept-Encoding");
    expect(varyWithAcceptEncoding("RSC, Next-Router-State-Tree")).toBe("RSC, Next-Router-State-Tree, Accept-Encoding");
    expect(varyWithAcceptEncoding("accept-encoding")).toBe("accept-encoding");
    expect(varyWithAcceptEncoding("*")).toBe("*");
  });
});
