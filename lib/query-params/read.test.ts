import { describe, expect, it } from "vitest";
import { normaliseQueryText } from "./read";

describe("normaliseQueryText", () => {
  it("turns control characters and runs of space into single spaces", () => {
    expect(normaliseQueryText(" Chel\u0000ten\tham \n ")).toBe("Chel ten ham");
  });
});
