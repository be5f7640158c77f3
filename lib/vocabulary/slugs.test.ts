import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify, toSlug } from "./slugs";

describe("slugify", () => {
  it("makes lower-case words joined by hyphens, without accents or punctuation", () => {
    expect(slugify("Bro Morgannwg / Vale of Glamorgan")).toBe("bro-morgannwg-vale-of-glamorgan");
    expect(slugify("Ynys Môn – Gwynedd Shared Services")).toBe("ynys-mon-gwynedd-shared-services");
    expect(slugify("  Café, déjà vu!  ")).toBe("cafe-deja-vu");
  });

  it("reads & as and", () => {
    expect(slugify("Legal & Democratic")).toBe("legal-and-democratic");
  });

  it("folds compatibility characters to their letters", () => {
    expect(slugify("Ｗａｓｔｅ ﬁnance")).toBe("waste-finance");
  });

  it("cuts a long slug at the last whole word that fits", () => {
    expect(slugify("alpha beta gamma delta", 12)).toBe("alpha-beta");
    expect(slugify("alpha beta gamma delta", 11)).toBe("alpha-beta");
    expect(slugify("alphabetagamma", 5)).toBe("alpha");
    expect(slugify("alpha beta", 10)).toBe("alpha-beta");
  });

  it("is empty when nothing is left, and otherwise always a valid slug", () => {
    expect(slugify("!!!")).toBe("");
    for (const text of ["Mid Devon & Torridge", "St Albans' legal", "Fife–Perth 2020", "a".repeat(100)]) {
      expect(slugify(text, 40)).toMatch(SLUG_PATTERN);
    }
  });
});

describe("toSlug", () => {
  it("turns Prisma's enum names into the product's slugs", () => {
    expect(toSlug("projected_total")).toBe("projected-total");
    expect(toSlug("ni_district")).toBe("ni-district");
    expect(toSlug("london")).toBe("london");
  });
});
