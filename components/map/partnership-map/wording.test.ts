import { describe, expect, it } from "vitest";
import { moreInView } from "./wording";

describe("moreInView", () => {
  it("counts the partnerships left out in plain words, with the right plural", () => {
    expect(moreInView(201)).toBe("And 201 more partnerships here: zoom in to see them");
    expect(moreInView(1)).toBe("And 1 more partnership here: zoom in to see it");
    expect(moreInView(1500)).toBe("And 1,500 more partnerships here: zoom in to see them");
  });
});
