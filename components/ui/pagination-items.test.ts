import { describe, expect, it } from "vitest";
import { paginationItems } from "./pagination-items";

const summary = (current: number, last: number) =>
  paginationItems(current, last)
    .map((item) => (item.type === "ellipsis" ? "…" : item.current ? `[${item.number}]` : String(item.number)))
    .join(" ");

describe("paginationItems", () => {
  it("shows nothing for a single page", () => {
    expect(paginationItems(1, 1)).toEqual([]);
  });

  it("shows first, last, current and neighbours", () => {
    expect(summary(1, 13)).toBe("[1] 2 … 13");
    expect(summary(7, 13)).toBe("1 … 6 [7] 8 … 13");
    expect(summary(13, 13)).toBe("1 … 12 [13]");
  });

  it("fills a one-page gap instead of an ellipsis", () => {
    expect(summary(3, 13)).toBe("1 2 [3] 4 … 13");
    expect(summary(2, 3)).toBe("1 [2] 3");
  });
});
