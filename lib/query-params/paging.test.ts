import { describe, expect, it } from "vitest";
import { lastPage } from "./paging";

describe("lastPage", () => {
  it("is at least 1", () => {
    expect(lastPage(0, 20)).toBe(1);
    expect(lastPage(20, 20)).toBe(1);
    expect(lastPage(21, 20)).toBe(2);
    expect(lastPage(252, 20)).toBe(13);
  });
});
