import { describe, expect, it } from "vitest";
import { CHOROPLETH_COLOURS, NO_VALUE_COLOUR, colourClasses, colourFor } from "./colour-scale";

describe("colourClasses", () => {
  it("has no classes when nothing is counted", () => {
    expect(colourClasses([])).toEqual([]);
    expect(colourClasses([0, 0])).toEqual([]);
  });

  it("splits values into equal-count classes covering every value", () => {
    const classes = colourClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect(classes.map((c) => c.colour)).toEqual([...CHOROPLETH_COLOURS]);
  });

  it("keeps equal values in one class and never repeats a class", () => {
    const classes = colourClasses([1, 1, 1, 1, 1, 1, 2, 3]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(new Set(classes.map((c) => c.colour)).size).toBe(3);
    expect(classes[0]!.colour).toBe(CHOROPLETH_COLOURS[0]);
    expect(classes[2]!.colour).toBe(CHOROPLETH_COLOURS.at(-1));
  });
});

describe("colourFor", () => {
  const classes = colourClasses([1, 2, 3, 4, 5]);
  it("colours a value by its class", () => {
    expect(colourFor(1, classes)).toBe(classes[0]!.colour);
    expect(colourFor(5, classes)).toBe(classes.at(-1)!.colour);
  });
  it("leaves councils with nothing uncoloured", () => {
    expect(colourFor(0, classes)).toBe(NO_VALUE_COLOUR);
    expect(colourFor(null, classes)).toBe(NO_VALUE_COLOUR);
  });
});
