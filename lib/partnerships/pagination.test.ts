import { describe, expect, it } from "vitest";
import { lastPage, parsePageParam } from "./pagination";

describe("parsePageParam", () => {
  it("defaults to the first page", () => {
    expect(parsePageParam(undefined)).toEqual({ ok: true, page: 1 });
  });

  it("accepts whole numbers from 1", () => {
    expect(parsePageParam("1")).toEqual({ ok: true, page: 1 });
    expect(parsePageParam("13")).toEqual({ ok: true, page: 13 });
  });

  it.each(["0", "-1", "abc", "1.5", "", "1e3", "99999999"])("rejects %j with a message", (value) => {
    const result = parsePageParam(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Page must be/);
  });

  it("rejects a repeated parameter", () => {
    expect(parsePageParam(["1", "2"])).toEqual({ ok: false, message: "Page must be given only once" });
  });
});

describe("lastPage", () => {
  it("is at least 1", () => {
    expect(lastPage(0, 20)).toBe(1);
    expect(lastPage(20, 20)).toBe(1);
    expect(lastPage(21, 20)).toBe(2);
    expect(lastPage(252, 20)).toBe(13);
  });
});
