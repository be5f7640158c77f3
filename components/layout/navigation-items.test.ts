import { describe, expect, it } from "vitest";
import { NAVIGATION_ITEMS, currentState } from "./navigation-items";

const states = (pathname: string) =>
  Object.fromEntries(NAVIGATION_ITEMS.map((item) => [item.text, currentState(item, pathname) ?? null]));

describe("currentState", () => {
  it("marks the page itself", () => {
    expect(states("/")).toMatchObject({ Directory: "page", Councils: null });
    expect(states("/councils")).toMatchObject({ Directory: null, Councils: "page" });
  });

  it("marks the section of a page beneath it", () => {
    expect(states("/councils/E07000078")).toMatchObject({ Councils: "true", Directory: null });
    expect(states("/partnerships/xentrall")).toMatchObject({ Directory: "true" });
  });

  it("does not confuse sections that share a prefix", () => {
    expect(states("/mapping")).toMatchObject({ Map: null });
    expect(states("/data-dictionary")).toMatchObject({ Data: null });
  });
});
