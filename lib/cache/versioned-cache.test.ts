import { describe, expect, it } from "vitest";
import { VersionedCache } from "./versioned-cache";

describe("VersionedCache", () => {
  it("builds once per key and version, and again after a write", async () => {
    const cache = new VersionedCache<number>(4);
    let builds = 0;
    const build = async () => ++builds;
    expect(await Promise.all([cache.get("a", 1, build), cache.get("a", 1, build)])).toEqual([1, 1]);
    expect(await cache.get("a", 1, build)).toBe(1);
    expect(await cache.get("a", 2, build)).toBe(2);
    expect(builds).toBe(2);
  });

  it("forgets the least recently used value and any failed build", async () => {
    const cache = new VersionedCache<string>(2);
    await cache.get("a", 1, async () => "a");
    await cache.get("b", 1, async () => "b");
    await cache.get("a", 1, async () => "a again");
    await cache.get("c", 1, async () => "c");
    expect(await cache.get("b", 1, async () => "b rebuilt")).toBe("b rebuilt");
    expect(await cache.get("a", 1, async () => "a rebuilt")).toBe("a rebuilt");
    await expect(cache.get("d", 1, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("d", 1, async () => "d")).toBe("d");
  });
});
