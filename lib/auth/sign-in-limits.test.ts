import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, waitForNewAddress, waitUnderLimit } from "./sign-in-limits";

const window = (count: number, sinceNewest = 0, untilOldestLeaves = 600) => ({ count, sinceNewest, untilOldestLeaves });

describe("sign-in waits", () => {
  it("lets attempts through under a limit, and holds them until the oldest failure leaves the window", () => {
    const rule = SIGN_IN_LIMITS.accountAtAddress;
    for (let count = 0; count < rule.limit; count++) expect(waitUnderLimit(window(count), rule)).toBe(0);
    expect(waitUnderLimit(window(rule.limit, 0, 420), rule)).toBe(420);
    expect(waitUnderLimit(window(rule.limit + 3, 0, 0.2), rule)).toBe(1);
  });

  it("makes each guess from a new address wait twice as long as the one before, up to the most", () => {
    const { firstDelaySeconds, maxDelaySeconds, limit } = SIGN_IN_LIMITS.accountFromNewAddresses;
    expect(waitForNewAddress(window(0))).toBe(0);
    const waits = Array.from({ length: limit - 1 }, (_, i) => waitForNewAddress(window(i + 1)));
    expect(waits[0]).toBe(firstDelaySeconds);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBe(Math.min(waits[i - 1]! * 2, maxDelaySeconds));
    expect(Math.max(...waits)).toBe(maxDelaySeconds);
  });

  it("counts the delay from the newest failure, and stops at the limit", () => {
    const { firstDelaySeconds, limit } = SIGN_IN_LIMITS.accountFromNewAddresses;
    expect(waitForNewAddress(window(2, 0.5))).toBe(firstDelaySeconds * 2 - 0.5);
    expect(waitForNewAddress(window(2, 100))).toBe(0);
    expect(waitForNewAddress(window(limit, 100, 300))).toBe(300);
  });
});
