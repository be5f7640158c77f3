import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./password";

describe("moderator passwords", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("the same password")).not.toBe(await hashPassword("the same password"));
  });

  it("refuses malformed stored values", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
  });

  it("asks for a long enough password", () => {
    expect(passwordProblem("short")).toMatch(/at least 12/);
    expect(passwordProblem("long enough password")).toBeNull();
  });
});
