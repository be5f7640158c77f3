import { describe, expect, it } from "vitest";
import { sortChoices, sortValue } from "./sort-choices";

const plain = { q: null, near: null };
const search = { q: "legal", near: null };
const near = { q: null, near: "E07000078" };

describe("sort choices", () => {
  it("offers best match only with a search, as the default (sent as no value)", () => {
    expect(sortChoices(search).map((c) => `${c.value}:${c.text}`)).toEqual([
      ":Best match",
      "savings:Highest savings",
      "newest:Newest first",
      "name:Name (A to Z)",
    ]);
    expect(sortChoices(plain).map((c) => `${c.value}:${c.text}`)).toEqual([
      ":Name (A to Z)",
      "savings:Highest savings",
      "newest:Newest first",
    ]);
  });

  it("offers nearest first only near a council, as the default there", () => {
    expect(sortChoices(near).map((c) => `${c.value}:${c.text}`)).toEqual([
      ":Nearest first",
      "savings:Highest savings",
      "newest:Newest first",
      "name:Name (A to Z)",
    ]);
    expect(sortChoices({ ...near, q: "legal" }).map((c) => c.value)).toEqual([
      "",
      "relevance",
      "savings",
      "newest",
      "name",
    ]);
  });

  it("shows the default order as the default choice", () => {
    expect(sortValue("relevance", search)).toBe("");
    expect(sortValue("name", plain)).toBe("");
    expect(sortValue("name", search)).toBe("name");
    expect(sortValue("savings", plain)).toBe("savings");
    expect(sortValue("distance", near)).toBe("");
    expect(sortValue("relevance", { ...near, q: "legal" })).toBe("relevance");
  });
});
