import { describe, expect, it } from "vitest";
import { sortChoices, sortValue } from "./sort-choices";

describe("sort choices", () => {
  it("offers best match only with a search, as the default (sent as no value)", () => {
    expect(sortChoices(true).map((c) => `${c.value}:${c.text}`)).toEqual([
      ":Best match",
      "savings:Highest savings",
      "newest:Newest first",
      "name:Name (A to Z)",
    ]);
    expect(sortChoices(false).map((c) => `${c.value}:${c.text}`)).toEqual([
      ":Name (A to Z)",
      "savings:Highest savings",
      "newest:Newest first",
    ]);
  });

  it("shows the default order as the default choice", () => {
    expect(sortValue("relevance", true)).toBe("");
    expect(sortValue("name", false)).toBe("");
    expect(sortValue("name", true)).toBe("name");
    expect(sortValue("savings", false)).toBe("savings");
  });
});
