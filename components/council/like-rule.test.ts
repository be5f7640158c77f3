import { describe, expect, it } from "vitest";
import { COUNCIL_TYPES } from "@/lib/vocabulary";
import { likeRuleText } from "./council-neighbours";

describe("likeRuleText", () => {
  it("names the councils compared in plain words, keeping proper nouns capitalised", () => {
    expect(likeRuleText("scottish-council", false)).toBe("Other current Scottish councils, nearest first.");
    expect(likeRuleText("london-borough", true)).toMatch(/^Other current London boroughs with a population/);
    expect(likeRuleText("ni-district", false)).toBe("Other current Northern Ireland district councils, nearest first.");
    expect(likeRuleText(null, false)).toBe("Other current councils of the same type, nearest first.");
  });

  it("never shows a slug or a bracketed type", () => {
    for (const type of COUNCIL_TYPES) {
      const text = likeRuleText(type, true);
      expect(text, type).not.toMatch(/[()]|-/);
    }
  });
});
