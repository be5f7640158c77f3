import { describe, expect, it } from "vitest";
import { currentReadTarget, maxReplicaLagMs, readingFrom, replicaUrls } from "./read-routing";

describe("read routing", () => {
  it("reads from the primary outside a request, from the chosen target inside one", async () => {
    expect(currentReadTarget()).toEqual({ kind: "primary" });
    const replica = { kind: "replica", url: "postgresql://replica/directory" } as const;
    const seen = await readingFrom(replica, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentReadTarget();
    });
    expect(seen).toEqual(replica);
    expect(currentReadTarget()).toEqual({ kind: "primary" });
  });

  it("reads DATABASE_REPLICA_URL as a comma-separated list", () => {
    expect(replicaUrls({})).toEqual([]);
    expect(replicaUrls({ DATABASE_REPLICA_URL: " postgresql://a/d , ,postgresql://b/d" })).toEqual([
      "postgresql://a/d",
      "postgresql://b/d",
    ]);
  });

  it("reads the lag bound in seconds and refuses nonsense", () => {
    expect(maxReplicaLagMs({})).toBe(5_000);
    expect(maxReplicaLagMs({ REPLICA_MAX_LAG_SECONDS: "0.5" })).toBe(500);
    expect(() => maxReplicaLagMs({ REPLICA_MAX_LAG_SECONDS: "soon" })).toThrow(/REPLICA_MAX_LAG_SECONDS/);
  });
});
