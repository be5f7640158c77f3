// Choropleth classes: a few sequential colours (ColorBrewer "Blues", dark enough at the top to read against
// the base map) with breaks that suit the data — whole counts for partnerships, rounded pounds for savings.

export const CHOROPLETH_COLOURS = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
/** Councils with nothing to count are not coloured: "none" is a value, not the lowest class. */
export const NO_VALUE_COLOUR = "#f3f2f1";

export interface ColourClass {
  /** Inclusive bounds. */
  from: number;
  to: number;
  colour: string;
}

/** Equal-count (quantile) classes over the positive values, merged where they would repeat. */
export function colourClasses(values: readonly number[], classes = CHOROPLETH_COLOURS.length): ColourClass[] {
  const sorted = values.filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const count = Math.min(classes, CHOROPLETH_COLOURS.length);
  const bounds: { from: number; to: number }[] = [];
  let start = 0;
  for (let index = 1; index <= count && start < sorted.length; index += 1) {
    let end = Math.max(start, Math.ceil((sorted.length * index) / count) - 1);
    // Equal values stay in one class.
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]) end += 1;
    bounds.push({ from: sorted[start]!, to: sorted[end]! });
    start = end + 1;
  }
  const palette = spread(bounds.length);
  return bounds.map((bound, index) => ({ ...bound, colour: palette[index]! }));
}

/** Uses the palette's ends first, so two classes read as light and dark, not two near-identical blues. */
function spread(n: number): string[] {
  const last = CHOROPLETH_COLOURS.length - 1;
  if (n === 1) return [CHOROPLETH_COLOURS[last]!];
  return Array.from({ length: n }, (_, index) => CHOROPLETH_COLOURS[Math.round((index * last) / (n - 1))]!);
}

export function colourFor(value: number | null | undefined, classes: readonly ColourClass[]): string {
  if (value === null || value === undefined || !(value > 0)) return NO_VALUE_COLOUR;
  for (const colourClass of classes) if (value <= colourClass.to) return colourClass.colour;
  return classes.at(-1)?.colour ?? NO_VALUE_COLOUR;
}
